import { readings } from "./samples";

// Run by zone.test.ts under another TZ; the offset shows the process really is in that zone.
console.log(JSON.stringify({ januaryOffset: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), ...readings() }));
