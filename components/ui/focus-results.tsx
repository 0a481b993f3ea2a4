"use client";

import { useEffect } from "react";

/**
 * After a filter is applied the page reloads at #<id> (the result count): the browser scrolls
 * there by itself; with scripts, focus moves there too, so a screen reader reads the new count
 * and the keyboard carries on from the results rather than from the top.
 */
export function FocusResults({ id }: { id: string }) {
  useEffect(() => {
    if (window.location.hash === `#${id}`) document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
