import { Tag, type TagColour } from "./tag";

export interface Task {
  title: string;
  /** Where the task is done; none while it cannot be started yet, when its status is shown in grey. */
  href?: string;
  hint?: string;
  /** "Completed", "Incomplete", "Cannot start yet", in the page's language. */
  status: string;
  /** Shows the status as a tag of this colour (GOV.UK: a tag for what still needs doing, plain text when done). */
  statusTag?: TagColour;
}

/**
 * GOV.UK task list: the tasks a person works through, each with its status. The whole row follows
 * the task's link, and the link tells screen readers the task's hint and status.
 */
export function TaskList({ id, tasks }: { /** Prefix for the hint and status ids, unique on the page. */ id: string; tasks: Task[] }) {
  return (
    <ul className="mb-5 list-none p-0 sm:mb-8">
      {tasks.map((task, i) => {
        const hintId = `${id}-${i + 1}-hint`;
        const statusId = `${id}-${i + 1}-status`;
        return (
          <li key={task.title} className={`relative table w-full border-b border-border py-2.5 first:border-t ${task.href ? "hover:bg-[#f3f2f1]" : ""}`}>
            <div className="table-cell align-top">
              {task.href ? (
                <a
                  href={task.href}
                  aria-describedby={task.hint ? `${hintId} ${statusId}` : statusId}
                  className="text-link underline decoration-1 underline-offset-2 visited:text-link-visited hover:decoration-3 after:absolute after:inset-0 after:block after:content-[''] focus:bg-focus focus:text-focus-text focus:no-underline focus:shadow-[0_4px_var(--color-focus-text)] focus:outline-3 focus:outline-transparent"
                >
                  {task.title}
                </a>
              ) : (
                <div>{task.title}</div>
              )}
              {task.hint ? (
                <div id={hintId} className="mt-1 text-secondary-text">
                  {task.hint}
                </div>
              ) : null}
            </div>
            <div id={statusId} className={`table-cell pl-2.5 text-right align-top ${task.href ? "" : "text-secondary-text"}`}>
              {task.statusTag ? <Tag colour={task.statusTag}>{task.status}</Tag> : task.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
