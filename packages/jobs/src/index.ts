export { defineJob, type JobContext, type JobDefinition, type JobIds } from "./job";
export { enqueueJob, startJobs, type Jobs } from "./queue";
