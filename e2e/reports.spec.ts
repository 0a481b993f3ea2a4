import { expect, test, type Locator, type Page } from "@playwright/test";

const report = "/reports/employer-psrb-survey-2025";

/** The rows of an HTML table as text cells, header row first. */
async function tableRows(table: Locator) {
  return table.locator("tr").evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").trim())),
  );
}

function parseCsv(text: string) {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
          cells.push(cell);
          cell = "";
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

async function figures(page: Page) {
  return page.getByRole("figure");
}

test("the reports index lists the 2025 report and the closed Landscape survey", async ({ page }) => {
  await page.goto("/reports");
  await expect(page.getByRole("link", { name: /Micro-credentials for employee upskilling/ })).toHaveAttribute("href", report);
  await expect(page.getByRole("heading", { level: 2, name: "Landscape survey 2025" })).toBeVisible();
  // The source gives the closing day without a year, and promises no results.
  await expect(page.getByText("This survey closed on 30 November. No results have been published.")).toBeVisible();
});

test("every chart is an image with a title and description, and has its data table", async ({ page }) => {
  await page.goto(report);
  const all = await figures(page);
  expect(await all.count()).toBe(3);
  for (const figure of await all.all()) {
    const chart = figure.getByRole("img");
    await expect(chart).toHaveAccessibleName(/^Figure \d: /);
    await expect(chart).toHaveAccessibleDescription(/.{40,}/);
    await figure.getByText(/^Show the data for Figure \d$/).click();
    await expect(figure.getByRole("table")).toBeVisible();
  }
});

test("each CSV download holds exactly the rows of the table beside its chart", async ({ page, request }) => {
  await page.goto(report);
  for (const figure of await (await figures(page)).all()) {
    const link = figure.getByRole("link", { name: /\(CSV\)$/ });
    const response = await request.get((await link.getAttribute("href"))!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"$/);
    const csv = parseCsv(await response.text());

    await figure.getByText(/^Show the data for/).click();
    const rows = await tableRows(figure.getByRole("table"));
    const [header, ...body] = rows;
    const groups = header!.slice(-2).map((g) => (g === "Employers" ? "employers" : "psrbs"));
    // Rebuild (category, label, group, value) from the table and compare with the file.
    const sectioned = header![0] === "";
    let category = "";
    const fromTable: string[][] = [];
    for (const cells of body) {
      const hasCategory = sectioned && cells.length === header!.length;
      if (hasCategory) category = cells[0]!;
      const label = cells[hasCategory ? 1 : 0]!;
      cells.slice(-2).forEach((value, i) => {
        fromTable.push([category, label, groups[i]!, value === "Not reported" ? "" : value.replace("%", "")]);
      });
    }
    const key = (r: string[]) => r.join("|");
    expect(fromTable.map(key).sort()).toEqual(csv.map(key).sort());
  }
});

test("the annex tables match their CSV files", async ({ page, request }) => {
  await page.goto(report);
  for (const id of ["psrb-sectors", "employer-sectors"]) {
    const block = page.locator(`#${id}`);
    const rows = (await tableRows(block.getByRole("table"))).slice(1);
    const response = await request.get((await block.getByRole("link", { name: /\(CSV\)$/ }).getAttribute("href"))!);
    const csv = parseCsv(await response.text());
    expect(rows.map(([label, value]) => `${label}|${value}`)).toEqual(csv.map((r) => `${r[1]}|${r[3]}`));
  }
});

test("the whole data set downloads as JSON with its dictionary and licence", async ({ page, request }) => {
  await page.goto(report);
  const link = page.getByRole("link", { name: "Download the whole data set with its data dictionary (JSON)" });
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toContain("application/json");
  const data = await response.json();
  // The data come from QAA's report: its copyright, and no licence granted that the report does not give.
  expect(data.licence).toContain("© The Quality Assurance Agency for Higher Education 2025");
  expect(data.licence).not.toMatch(/reuse (these data )?freely/i);
  const cost = data.files.find((f: { id: string }) => f.id === "cost-one-week");
  expect(cost.columns.value).toBeTruthy();
  expect(cost.rows).toContainEqual({ category: "", label: "£100 to £499", group: "employers", value: 48 });
});

test("the Welsh data dictionary downloads with the same numbers and every text in Welsh", async ({ page, request }) => {
  await page.goto(`/cy${report}`);
  const link = page.getByRole("link", { name: "Lawrlwytho'r set ddata gyfan gyda'i geiriadur data Cymraeg (JSON)" });
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toContain(".cy.json");
  const data = await response.json();
  const delivery = data.files.find((f: { id: string }) => f.id === "delivery-preferences");
  expect(delivery.title).toBe("Dewisiadau o ran lleoliad ac amser datblygu sgiliau");
  expect(delivery.rows).toContainEqual({ category: "Ble", label: "Cyfunol", group: "employers", value: 83 });
});

test("the report has key findings, a working contents list and numbered figures", async ({ page }) => {
  await page.goto(report);
  await expect(page.getByRole("heading", { level: 2, name: "Key findings" })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  for (const link of await contents.getByRole("link").all()) {
    await expect(page.locator((await link.getAttribute("href"))!)).toBeVisible();
  }
  await expect(page.getByText(/^Figure 2: Preference for location and time/).first()).toBeVisible();
  await expect(page.getByText(/^Table 1: Sectors in which PSRB respondents operate/).first()).toBeAttached();
});

test("the print view keeps the charts and drops the navigation", async ({ page }) => {
  await page.goto(report);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("img", { name: /^Figure 3:/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});

test("the Welsh report has Welsh text, chart titles, answers and table headers, and its English title marked", async ({ page }) => {
  await page.goto(`/cy${report}`);
  await expect(page.getByText(/ar gael yn Gymraeg eto/)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "Prif ganfyddiadau" })).toBeVisible();
  const figure = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /Dewisiadau o ran lleoliad/ }) });
  await expect(figure.getByRole("img")).toHaveAccessibleName(/^Ffigur \d: Dewisiadau o ran lleoliad ac amser datblygu sgiliau/);
  await figure.getByText(/^Dangos y data/).click();
  await expect(figure.getByRole("columnheader", { name: "Cyflogwyr" })).toBeVisible();
  await expect(figure.getByRole("rowheader", { name: "Cyfunol" })).toBeVisible();
  await expect(figure.getByRole("rowheader", { name: "Ble" })).toBeVisible();
  await expect(figure.getByRole("rowheader", { name: "Blended" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /geiriadur data Cymraeg/ })).toHaveAttribute("href", "/data/employer-psrb-survey-2025/dataset.cy.json");
});
