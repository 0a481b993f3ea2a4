export * from "./locales";
export { getMessages, type Messages } from "./messages";
