/**
 * zod's settings for the whole add-in; every module that builds a schema imports this first.
 *
 * jitless: zod otherwise compiles object parsers with `new Function`, and first probes whether it
 * may with a caught `new Function("")`. The pane's Content-Security-Policy has no 'unsafe-eval'
 * (README "Security"), so the probe would fail and be reported as a policy violation on every
 * start. The interpreted parser gives the same results; our objects are small.
 */
import { config } from "zod/mini";

config({ jitless: true });
