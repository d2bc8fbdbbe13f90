// A scenario step as one short line, for test names and diff reports.

import type { Step } from './scenario';

export function stepLabel(step: Step): string {
  if ('rpc' in step) {
    const req = JSON.stringify(step.req ?? {});
    return `${step.rpc} ${req.length > 90 ? `${req.slice(0, 87)}...` : req}`;
  }
  if ('ctr' in step) return `$ ${step.ctr}`;
  if ('waitFor' in step) return `wait until ${step.waitFor} is ${step.state}`;
  return `read ${step.readFile}`;
}
