export * from './agency';
export * from './chains';
export * from './find';
export * from './previous';
export * from './yoy';
