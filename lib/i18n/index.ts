export * from "./locales";
export { getMessages, type Messages } from "./messages";
export { fill, pick, queryValue } from "./format";
export { routeLocale } from "./route";
