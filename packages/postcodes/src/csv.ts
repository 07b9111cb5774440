/**
 * One line of a comma-separated file, as the ONS writes its postcode files: fields may be quoted, and
 * a quoted field may hold commas and doubled quotes (""). No field spans lines in those files, so a
 * line is a record.
 */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c !== "\r") field += c;
  }
  fields.push(field);
  return fields;
}
