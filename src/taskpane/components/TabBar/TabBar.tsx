/**
 * The pane's tab bar (issue 12): the WAI-ARIA tabs pattern with manual activation, drawn with Fluent's
 * tokens to look like Fluent's small TabList, without its code. Fluent's TabList brings tabster (its
 * focus-management library) to a returning user's first screen, and evaluating it was most of that
 * screen's extra start-up time; this bar needs nothing but React and the theme.
 *
 * Keyboard, as Fluent's TabList did: Tab reaches the selected tab only (roving tabindex); Left and
 * Right move the focus along the tabs, wrapping round at either end; Home and End go to the first
 * and last; Enter or Space (or a click) selects the focused tab. In a right-to-left page Left and
 * Right swap. The tabs wrap onto a second row in a narrow pane, as before.
 */
import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { forwardRef, useRef, type KeyboardEvent } from "react";

export interface TabBarTab<T extends string> {
  value: T;
  label: string;
}

export interface TabBarProps<T extends string> {
  tabs: readonly TabBarTab<T>[];
  selected: T;
  onSelect: (value: T) => void;
  /** The tab list's accessible name. */
  label: string;
  /** The id of each tab (its panel names it with aria-labelledby) and of the panel it controls. */
  tabId: (value: T) => string;
  panelId: (value: T) => string;
  /** The pointer or the keyboard focus has reached a tab: a good moment to fetch its screen. */
  onHeading?: (value: T) => void;
  className?: string;
}

/** The line under a tab (two of them: one for the pointer, one for the selection). */
const UNDERLINE = {
  content: '""',
  position: "absolute",
  bottom: 0,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
  height: tokens.strokeWidthThick,
  borderRadius: tokens.borderRadiusCircular,
} as const;

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", alignItems: "stretch", position: "relative" },
  tab: {
    position: "relative",
    display: "grid",
    gridAutoFlow: "column",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    overflow: "hidden",
    margin: 0,
    ...shorthands.border("none"),
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textTransform: "none",
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The line under a tab: grey under the pointer, the brand colour under the selected tab.
    "::before": UNDERLINE,
    "::after": { ...UNDERLINE, backgroundColor: tokens.colorTransparentStroke },
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "@media (forced-colors: active)": {
      ":hover::before": { backgroundColor: "Highlight" },
      ":active::before": { backgroundColor: "Highlight" },
    },
  },
  // Fluent's keyboard focus ring (FluentProvider marks the element focused from the keyboard); the
  // transparent outline is what shows in Windows high-contrast mode, where box shadows are dropped.
  focus: createCustomFocusIndicatorStyle({
    ...shorthands.borderColor("transparent"),
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: "transparent",
    outlineStyle: "solid",
    boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    zIndex: 1,
  }),
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  // The label, and under it (same grid cell, hidden) its bold copy: a tab keeps its width when selected.
  label: {
    gridColumnStart: 1,
    gridRowStart: 1,
    overflow: "hidden",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  reserved: { visibility: "hidden" },
});

function TabBarInner<T extends string>(
  { tabs, selected, onSelect, label, tabId, panelId, onHeading, className }: TabBarProps<T>,
  ref: React.ForwardedRef<HTMLDivElement>,
) {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const rtl = event.currentTarget.closest("[dir]")?.getAttribute("dir") === "rtl";
    const step = (forward: boolean) => (index + (forward ? 1 : tabs.length - 1)) % tabs.length;
    let next: number;
    switch (event.key) {
      case "ArrowRight":
        next = step(!rtl);
        break;
      case "ArrowLeft":
        next = step(rtl);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <div ref={ref} role="tablist" aria-label={label} aria-orientation="horizontal" className={mergeClasses(styles.list, className)}>
      {tabs.map((t, index) => {
        const isSelected = t.value === selected;
        return (
          <button
            key={t.value}
            ref={(el) => void (buttons.current[index] = el)}
            type="button"
            role="tab"
            id={tabId(t.value)}
            aria-selected={isSelected}
            aria-controls={panelId(t.value)}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, styles.focus, isSelected && styles.selected)}
            onClick={() => onSelect(t.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onPointerEnter={() => onHeading?.(t.value)}
            onFocus={() => onHeading?.(t.value)}
          >
            <span className={mergeClasses(styles.label, isSelected && styles.bold)}>{t.label}</span>
            <span aria-hidden="true" className={mergeClasses(styles.label, styles.bold, styles.reserved)}>
              {t.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** A row of tabs; the caller renders the selected tab's panel (role="tabpanel", `panelId`, labelled by `tabId`). */
export const TabBar = forwardRef(TabBarInner) as <T extends string>(props: TabBarProps<T> & { ref?: React.Ref<HTMLDivElement> }) => React.ReactElement;
