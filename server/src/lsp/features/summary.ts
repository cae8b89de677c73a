import { FORMAT_SOURCE, reportSummary } from '../../core/features/summary';
import { localize } from '../../core/i18n';
import { toRange } from '../convert';
import { ServerFeature } from '../context';
import { DocumentParams, STATUS_REQUEST, StatusResult, SUMMARY_REQUEST, SummaryResult } from '../protocol';

/** `govReport/status` for the status bar and `govReport/summary` for the summary view. */
export const summaryFeature: ServerFeature = {
  register(ctx) {
    ctx.connection.onRequest(STATUS_REQUEST, (params: DocumentParams): StatusResult => {
      const a = ctx.analysisOf(params?.uri);
      if (!a) return { served: false };
      const counts = { error: 0, warning: 0, information: 0, hint: 0 };
      for (const f of a.findings) counts[f.severity]++;
      const template = a.model.format.template;
      return {
        served: true,
        version: a.version,
        kind: a.model.kind,
        format: template.id,
        formatName: localize(template.name, ctx.lang()),
        formatSource: localize(FORMAT_SOURCE[a.model.format.source], ctx.lang()),
        year: a.model.year,
        findings: counts,
      };
    });
    ctx.connection.onRequest<SummaryResult, void>(SUMMARY_REQUEST, (params: DocumentParams): SummaryResult => {
      const a = ctx.analysisOf(params?.uri);
      if (!a) return { served: false };
      const summary = reportSummary(a.model, a.findings, ctx.lang(), (r) => toRange(a.model, r));
      return { ...summary, served: true, version: a.version };
    });
  },
};
