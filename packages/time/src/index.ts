export { Temporal } from "temporal-polyfill";
export { ZONE, inLondon, londonToInstant, toInstant, todayInLondon, type Moment } from "./zone";
export { formatDate, formatDateRange, formatDateTime, formatDay, formatDayTime, formatTime, WEEKDAYS } from "./format";
export { parseDateInput, type DateFields, type DateInputResult, type DatePart, type DateQuestion } from "./date-input";
