// Default export only: the screen is loaded with React.lazy.
export { default } from "./SettingsScreen";
