import { csvResponse, toCsv } from "@/lib/csv/write";
import { CSV_HEADER, csvRow } from "@/lib/directory/csv";
import { demoMicroCredentials } from "@/lib/directory/demo";

export const dynamic = "force-dynamic";

/** /provider/micro-credentials/template.csv — the import's columns, with Demo College's three as examples. */
export async function GET() {
  return csvResponse("micro-credentials-template.csv", toCsv(CSV_HEADER, demoMicroCredentials().map((fields) => csvRow("", fields, ""))));
}
