/**
 * Start-up facts from Office that the task pane needs before it renders: which host it is in
 * and Office's theme colours. Plain values out, so no task-pane code touches Office.
 */

/** The parts of Office.OfficeTheme the pane reads (all optional: older hosts give fewer). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

export interface OfficeStart {
  /** True in Word; false in another Office host or outside Office. */
  inWord: boolean;
  /** The host's name as Office reports it ("" outside Office). */
  host: string;
  theme: OfficeThemeColors | null;
}

function officeTheme(): OfficeThemeColors | null {
  try {
    return (Office.context?.officeTheme as OfficeThemeColors | undefined) ?? null;
  } catch {
    // Some hosts throw when the theme is not available (e.g. older Word for Mac).
    return null;
  }
}

/** Calls back once Office is ready (outside Office it resolves with no host: WORD-SEMANTICS 62). */
export function whenOfficeReady(callback: (start: OfficeStart) => void): void {
  void Office.onReady((info) => {
    callback({ inWord: info.host === Office.HostType.Word, host: info.host ? String(info.host) : "", theme: officeTheme() });
  });
}
