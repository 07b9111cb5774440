import { BackLink, Checkboxes, NotificationBanner, PhaseBanner, Radios, StartButton, SummaryList, Table, Tag, TaskList } from "@lgp/ui";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

// The GOV.UK components as pages draw them: the markup screen readers and the tests in a browser rely on.
const html = (element: ReactElement) => renderToStaticMarkup(element);

describe("radios and checkboxes", () => {
  const items = [
    { value: "outbox", label: "Development outbox", hint: "Kept on the site" },
    { value: "smtp", label: "SMTP server" },
  ];

  it("are a fieldset whose legend is the question, described by its hint and error, the first option taking the group's id", () => {
    const out = html(<Radios name="transport" legend="How should the site send email?" hint="Choose one" error="Select a transport" errorPrefix="Error:" items={items} value="smtp" />);
    expect(out).toContain('<fieldset aria-describedby="transport-hint transport-error"><legend');
    expect(out).toContain('<p id="transport-error" class="mb-2 font-bold text-error"><span class="sr-only">Error:</span> Select a transport</p>');
    expect(out).toMatch(/<input id="transport" type="radio" aria-describedby="transport-item-hint" class="[^"]*" name="transport" value="outbox"\/>/);
    expect(out).toMatch(/<input id="transport-2" type="radio" class="[^"]*" name="transport" checked="" value="smtp"\/>/);
    expect(out).toContain('<label for="transport-2"');
    expect(out).toContain('<div id="transport-item-hint"');
  });

  it("tick every value given, and a group without an error has no error message", () => {
    const out = html(<Checkboxes name="modules" legend="Modules" errorPrefix="Error:" items={items} values={["outbox", "smtp"]} />);
    expect(out.match(/type="checkbox"/g)).toHaveLength(2);
    expect(out.match(/checked=""/g)).toHaveLength(2);
    expect(out).not.toContain("error");
    expect(out).toContain("<fieldset><legend");
  });
});

describe("notification banner", () => {
  it("announces a success at once, named by its title", () => {
    const out = html(<NotificationBanner variant="success" title="Success" heading="Your changes are saved." />);
    const id = /aria-labelledby="([^"]+)"/.exec(out)?.[1];
    expect(out).toMatch(/^<div class="[^"]*bg-success[^"]*" role="alert"/);
    expect(out).toContain(`<h2 id="${id}"`);
    expect(out).toContain(">Your changes are saved.</p>");
  });

  it("is a landmark in the council's brand when it is not the answer to what the person just did", () => {
    expect(html(<NotificationBanner title="Important" heading="Booking opens soon." />)).toMatch(/^<div class="[^"]*bg-brand[^"]*" role="region" aria-labelledby=/);
  });
});

describe("summary list", () => {
  it("gives each change link words only screen readers hear, and keeps the columns where a row has no link", () => {
    const out = html(
      <SummaryList
        rows={[
          { key: "Name", value: "Sarah Philips", actions: [{ href: "/name", label: "Change", visuallyHiddenText: "name" }] },
          { key: "Council", value: "Sutton" },
        ]}
      />,
    );
    expect(out).toContain('<dt class="');
    expect(out).toContain('href="/name"');
    expect(out).toContain('Change<span class="sr-only"> name</span></a>');
    expect(out.match(/sm:after:table-cell/g)).toHaveLength(1);
  });
});

describe("table", () => {
  it("has its caption, column headers, row headers when asked, and figures aligned right", () => {
    const out = html(
      <Table
        caption="Councils"
        columns={[{ label: "Council" }, { label: "People", numeric: true }]}
        rows={[{ key: "sutton", cells: ["Sutton", 12] }]}
        firstCellIsHeader
        testId="councils"
      />,
    );
    expect(out).toContain('<table class="w-full border-collapse" data-testid="councils"><caption class="text-left font-bold mb-4 text-2xl">Councils</caption>');
    expect(out).toMatch(/<th scope="col" class="[^"]*text-right tabular-nums[^"]*">People<\/th>/);
    expect(out).toMatch(/<th scope="row" class="[^"]*">Sutton<\/th><td class="[^"]*text-right tabular-nums[^"]*">12<\/td>/);
  });
});

describe("task list", () => {
  it("links each task, told its hint and status, and greys the status of one that cannot start yet", () => {
    const out = html(
      <TaskList
        id="apply"
        tasks={[
          { title: "Your details", href: "/details", hint: "Name and address", status: "Incomplete", statusTag: "blue" },
          { title: "Check and send", status: "Cannot start yet" },
        ]}
      />,
    );
    expect(out).toMatch(/<a href="\/details" aria-describedby="apply-1-hint apply-1-status"/);
    expect(out).toMatch(/<div id="apply-1-status" class="[^"]*"><strong class="[^"]*bg-\[#d2e2f1\][^"]*">Incomplete<\/strong><\/div>/);
    expect(out).toMatch(/<div id="apply-2-status" class="[^"]*text-secondary-text">Cannot start yet<\/div>/);
    expect(out).toContain("<div>Check and send</div>");
  });
});

describe("links and labels", () => {
  it("a start button is a link with its arrow hidden from screen readers", () => {
    const out = html(<StartButton href="/apply">Start now</StartButton>);
    expect(out).toMatch(/^<a href="\/apply" draggable="false" class="[^"]*">Start now<svg [^>]*aria-hidden="true" focusable="false"/);
    expect(out).not.toContain("role=");
  });

  it("a back link, a tag and the phase banner", () => {
    expect(html(<BackLink href="/admin">Back</BackLink>)).toMatch(/^<a href="\/admin" class="[^"]*">Back<\/a>$/);
    expect(html(<Tag colour="green">Completed</Tag>)).toMatch(/^<strong class="[^"]*bg-\[#cce2d8\] text-\[#005a30\]">Completed<\/strong>$/);
    expect(html(<PhaseBanner phase="Beta">This is a new service.</PhaseBanner>)).toMatch(/<strong class="[^"]*bg-brand text-brand-text">Beta<\/strong><span>This is a new service.<\/span>/);
  });
});
