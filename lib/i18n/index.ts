export * from "./locales";
export { getMessages, type Messages } from "./messages";
export { fill, queryValue } from "./format";
export { routeLocale } from "./route";
