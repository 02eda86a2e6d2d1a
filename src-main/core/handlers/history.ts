import { activityReport } from '../services/activity-service';
import { companyPageOf } from '../services/companies-service';
import type { DomainHandlers, HandlerDeps } from './types';

export function historyHandlers({ db, clock }: HandlerDeps): DomainHandlers<'history'> {
  return {
    getCompany: { run: ({ jobId }) => companyPageOf(db(), jobId, clock) },
    getActivityReport: { run: ({ from, to }) => activityReport(db(), from, to, clock) },
  };
}
