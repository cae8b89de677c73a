import cellValue from './cell-value';
import missingTable from './missing-table';
import tableBalance from './table-balance';
import tableShape from './table-shape';
import tableTotal from './table-total';

export const TABLE_RULES = [tableBalance, tableTotal, missingTable, tableShape, cellValue];
