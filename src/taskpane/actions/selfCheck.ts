/**
 * "Check this copy of Word" (Help): in a new blank document, the port builds one section of each
 * built-in house style, checks it and removes it. The pane keeps the result as facts and words it
 * once, here, as the report the user copies to whoever supports the add-in.
 */
import type { HostPlatform, SelfCheckLine } from "../../word/port";
import { WordActionError } from "../../word/port";
import type { Services } from "../services";
import type { SelfCheckReport } from "../store/selfCheckSlice";
import { patch, useStore } from "../store/store";
import { clearTopic, showFailure, showMessage } from "./messages";
import { wordFailureText } from "./wordFailures";

const PLATFORM_NAME: Record<HostPlatform, string> = {
  windows: "Word on Windows",
  mac: "Word on Mac",
  web: "Word on the web",
  other: "Word on another platform (iPad or unknown)",
};

export const platformName = (platform: HostPlatform): string => PLATFORM_NAME[platform];

export async function runSelfCheck(services: Services): Promise<void> {
  if (useStore.getState().selfCheck.running) return;
  patch("selfCheck", { running: true, report: null });
  clearTopic("self-check");
  try {
    const { selfCheckPlans } = await import(/* webpackChunkName: "domain" */ "../domainApi");
    const plans = selfCheckPlans(services.now());
    const result = await services.port.checkThisWord(plans);
    const { wordApi, platform } = services.port.capabilities();
    // The port stops early when a removal left something behind: the styles it did not reach.
    const notChecked = plans.map((p) => p.name).filter((name) => !result.lines.some((l) => l.name === name));
    patch("selfCheck", { report: { result, notChecked, wordApi, platform, checkedAt: services.now().toISOString() } });
  } catch (error) {
    if (error instanceof WordActionError && error.code === "NotBlank") showMessage("self-check", "warning", "The check needs a new blank document", wordFailureText(error));
    else showFailure("self-check", "Word could not be checked", error);
  } finally {
    patch("selfCheck", { running: false });
  }
}

/** One style's line of the report: what came out wrong, or that it was built, verified and removed. */
export function selfCheckDetail(line: SelfCheckLine): string {
  // Word's own error code too: the report goes to whoever supports the add-in.
  if (line.error) return `${wordFailureText(line.error)} (${line.error.code})`;
  const wrong = line.problems.map((p) => `${p.kind} at ${p.tag}`);
  if (line.leftSomething) wrong.push("the document was not blank again after removing the section");
  if (line.built === 0 && wrong.length === 0) wrong.push("no section was built");
  return wrong.length ? wrong.join("; ") : `built ${line.built} section, verified and removed`;
}

export const NOT_CHECKED = "the check stopped before this style";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** The report as plain text, for the clipboard (or to copy by hand). */
export function selfCheckReportText(report: SelfCheckReport): string {
  return [
    "Inspection Response Drafter: Check this copy of Word",
    `Result: ${report.result.passed ? "PASS" : "FAIL"}`,
    `Word: ${platformName(report.platform)}, WordApi ${report.wordApi}`,
    `Checked: ${when(report.checkedAt)}`,
    ...report.result.lines.map((l) => `${l.passed ? "PASS" : "FAIL"} ${l.name}: ${selfCheckDetail(l)}`),
    ...report.notChecked.map((name) => `NOT CHECKED ${name}: ${NOT_CHECKED}`),
  ].join("\n");
}

/** Puts the text on the clipboard; false when the browser or Office refuses (the pane then shows it to copy by hand). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator === "undefined" || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
