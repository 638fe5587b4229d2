/**
 * Run by deadline.test.ts in a child Node process with TZ set, because Jest's sandboxed
 * process.env cannot change the zone of the running process. Prints one JSON object:
 * argv: publishedOn, then local times "YYYY-MM-DDTHH:mm"; output: the zone offsets and daysLeft for each.
 */
import { deadlineStatus } from "../../src/domain/deadline";

const [publishedOn, ...times] = process.argv.slice(2);
const results = times.map((t) => {
  const [d, hm] = t.split("T");
  const [y, m, day] = d.split("-").map(Number);
  const [h, min] = hm.split(":").map(Number);
  const when = new Date(y, m - 1, day, h, min);
  return { at: t, offset: when.getTimezoneOffset(), daysLeft: deadlineStatus(publishedOn, when).daysLeft };
});
process.stdout.write(JSON.stringify(results));
