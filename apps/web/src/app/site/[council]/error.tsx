"use client";

export { default } from "~/features/errors/segment-error";
