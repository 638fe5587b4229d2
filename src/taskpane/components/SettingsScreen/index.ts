// Default export only: the screen is loaded lazily (../App/screens.tsx).
export { default } from "./SettingsTab";
