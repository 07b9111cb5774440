export { brandStyle, type BrandColours } from "./brand";
export { Footer, Header, Link, Main, SkipLink, type FooterLink } from "./layout";
export { Body, Heading } from "./typography";
export { Button, ErrorSummary, TextInput, type FieldError } from "./forms";
export { Choices, Notice, Textarea } from "./choices";
export { Field, FileInput, type FieldProps } from "./field";
export { DateInput, type DatePart } from "./date-input";
