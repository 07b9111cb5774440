"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The owner questions, each in a box naming the kinds it is for (`data-kinds="room session"`). With
 * JavaScript only the chosen kind's shows; without it every one shows, each labelled with its kinds,
 * and the procedure keeps only the chosen kind's answer.
 */
export function OwnerFields({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = box.current?.closest("form");
    if (!form) return;
    const show = () => {
      const kind = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
      for (const question of box.current?.querySelectorAll<HTMLElement>("[data-kinds]") ?? []) {
        question.hidden = kind !== undefined && !question.dataset.kinds!.split(" ").includes(kind);
      }
    };
    // After a refused form React resets it to the choices sent back, which fires no change.
    const afterReset = () => setTimeout(show);
    show();
    form.addEventListener("change", show);
    form.addEventListener("reset", afterReset);
    return () => {
      form.removeEventListener("change", show);
      form.removeEventListener("reset", afterReset);
    };
  }, []);
  return <div ref={box}>{children}</div>;
}
