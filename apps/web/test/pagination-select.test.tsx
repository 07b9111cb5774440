import { Pagination, pageNumbers, Select } from "@lgp/ui";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

const html = (element: ReactElement) => renderToStaticMarkup(element);
const labels = { previous: "Previous page", next: "Next page", navigation: "Pages of results", page: (n: number) => `Page ${n}` };

describe("pagination", () => {
  it("links the first and last pages and those beside the current one, with a gap where pages are skipped", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(2, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });

  it("is a named navigation of plain links, the current page marked, with previous and next only where there are such pages", () => {
    const out = html(<Pagination current={1} pages={3} hrefFor={(p) => `/help/search?page=${p}`} labels={labels} />);
    expect(out).toMatch(/^<nav aria-label="Pages of results"/);
    expect(out).toContain('<a href="/help/search?page=1" aria-label="Page 1" aria-current="page"');
    expect(out).toContain('<a href="/help/search?page=2" aria-label="Page 2" class=');
    expect(out).toContain('href="/help/search?page=2" rel="next"');
    expect(out).not.toContain('rel="prev"');
    expect(html(<Pagination current={3} pages={3} hrefFor={(p) => `?page=${p}`} labels={labels} />)).not.toContain('rel="next"');
  });

  it("draws nothing for a single page", () => {
    expect(html(<Pagination current={1} pages={1} hrefFor={(p) => `?page=${p}`} labels={labels} />)).toBe("");
  });
});

describe("select", () => {
  it("is labelled, described by its hint and error, and shows the option chosen", () => {
    const options = [
      { value: "", label: "Any kind of help" },
      { value: "gardening", label: "Gardening" },
    ];
    const out = html(<Select id="category" label="Kind of help" hint="Choose one" error="Choose a kind of help from the list" errorPrefix="Error:" options={options} defaultValue="gardening" />);
    expect(out).toContain('<label for="category"');
    expect(out).toMatch(/<select id="category" name="category" aria-describedby="category-hint category-error" aria-invalid="true"/);
    expect(out).toContain('<option value="gardening" selected="">Gardening</option>');
  });
});
