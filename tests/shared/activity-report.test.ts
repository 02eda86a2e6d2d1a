import { describe, expect, it } from 'vitest';
import {
  activityCsv,
  activityHtml,
  activitySummary,
  sortActivity,
  type ActivityEntry,
  type ActivityReport,
} from '../../src-shared/domain/activity-report';

const entry = (extra: Partial<ActivityEntry>): ActivityEntry => ({
  day: '2026-11-03',
  time: null,
  kind: 'applied',
  jobId: 1,
  title: 'Engineer',
  company: 'Acme',
  detail: null,
  ...extra,
});

describe('the activity report', () => {
  it('orders entries by day, then time (none first), then kind, then job', () => {
    const entries = [
      entry({ jobId: 1, day: '2026-11-04' }),
      entry({ jobId: 2, time: '14:30', kind: 'interview' }),
      entry({ jobId: 3, kind: 'outcome' }),
      entry({ jobId: 5, kind: 'applied' }),
      entry({ jobId: 4, kind: 'applied' }),
      entry({ jobId: 6, time: '09:00', kind: 'interview' }),
    ];
    expect(sortActivity(entries).map((sorted) => sorted.jobId)).toEqual([4, 5, 3, 6, 2, 1]);
  });

  it('sums each kind, in the singular or the plural', () => {
    expect(activitySummary([])).toBe('0 applications sent, 0 interviews, 0 follow-ups, 0 outcomes');
    const one = [
      entry({ kind: 'applied' }),
      entry({ kind: 'interview' }),
      entry({ kind: 'follow_up' }),
      entry({ kind: 'outcome' }),
    ];
    expect(activitySummary(one)).toBe('1 application sent, 1 interview, 1 follow-up, 1 outcome');
  });

  const report: ActivityReport = {
    from: '2026-11-01',
    to: '2026-11-30',
    entries: [
      entry({ title: 'Dev <script>alert(1)</script>', company: 'Q&A "Co" \'Ltd\'' }),
      entry({ jobId: 2, title: '=HYPERLINK("https://evil.example")', company: 'Globex' }),
      entry({ kind: 'interview', time: '14:30', detail: 'Technical (passed)' }),
    ],
  };

  it('writes one CSV row per entry, empty where there is no time or detail', () => {
    expect(activityCsv(report).split('\r\n')).toEqual([
      '\uFEFFDate,Time,Activity,Job title,Company,Details',
      '2026-11-03,,Application sent,Dev <script>alert(1)</script>,"Q&A ""Co"" \'Ltd\'",',
      '2026-11-03,,Application sent,"\'=HYPERLINK(""https://evil.example"")",Globex,',
      '2026-11-03,14:30,Interview,Engineer,Acme,Technical (passed)',
      '',
    ]);
  });

  it('prints a page with the range, the totals and every entry, its text escaped', () => {
    const html = activityHtml(report);
    expect(html).toContain('<title>Job search activity, 1 Nov 2026 – 30 Nov 2026</title>');
    expect(html).toContain('<h1>Job search activity, 1 Nov 2026 – 30 Nov 2026</h1>');
    expect(html).toContain('<p>2 applications sent, 1 interview, 0 follow-ups, 0 outcomes</p>');
    expect(html).toContain(
      '<thead><tr><th>Date</th><th>Time</th><th>Activity</th><th>Job title</th><th>Company</th><th>Details</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><td>3 Nov 2026</td><td></td><td>Application sent</td><td>Dev &lt;script&gt;alert(1)&lt;/script&gt;</td><td>Q&amp;A &quot;Co&quot; &#39;Ltd&#39;</td><td></td></tr>\n' +
        '<tr><td>3 Nov 2026</td><td></td><td>Application sent</td><td>=HYPERLINK(&quot;https://evil.example&quot;)</td><td>Globex</td><td></td></tr>\n' +
        '<tr><td>3 Nov 2026</td><td>14:30</td><td>Interview</td><td>Engineer</td><td>Acme</td><td>Technical (passed)</td></tr>',
    );
    expect(html).not.toContain('<script>');
  });
});
