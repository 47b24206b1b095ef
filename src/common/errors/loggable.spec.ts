import { loggable } from './problem-details.filter.js';

describe('loggable', () => {
  it('keeps a calendar feed’s secret out of the log line, and leaves other URLs as they are', () => {
    expect(loggable('/api/v1/calendar/Xk3abc_-9.ics?x=1')).toBe('/api/v1/calendar/<secret>.ics?x=1');
    expect(loggable('/api/v1/directives?q=abc')).toBe('/api/v1/directives?q=abc');
  });
});
