export * from "./locales";
export { getMessages, type Messages } from "./messages";
export { fill, queryValue, routeLocale } from "./route";
