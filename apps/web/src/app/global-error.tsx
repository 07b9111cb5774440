"use client";

export { default } from "~/features/errors/global-error";
