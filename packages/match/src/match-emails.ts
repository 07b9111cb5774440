import { defineEmailTemplate } from "@lgp/email";

/*
 * The emails matching sends. Each is queued in the transaction that causes it (queueEmail keeps the
 * message in the council's own emails table; the job carries its id only), so a change that rolls back
 * sends nothing.
 */

/** To the resident: a helper has offered (or staff have put one forward), and where to answer. */
export const matchOfferEmail = defineEmailTemplate<{ url: string; reference: string; helperName: string; categoryName: string }>({
  kind: "match-offer",
  notifyField: "matchOfferTemplateId",
  title: "offer of help",
  word: (sender, { url, reference, helperName, categoryName }) => ({
    subject: `An offer of help with your request ${reference}`,
    lines: [`${helperName} has offered to help with your request for ${categoryName.toLowerCase()} (${reference}).`, "Look at the offer, then accept or decline it."],
    action: "See the offer",
    url,
    personalisation: { reference, helper_name: helperName, category: categoryName },
  }),
});

/** To the resident once they accept: who their helper is and how to reach them. */
export const helperContactEmail = defineEmailTemplate<{ url: string; reference: string; helperName: string; contacts: string }>({
  kind: "match-helper-contact",
  notifyField: "matchHelperContactTemplateId",
  title: "helper's contact details",
  word: (sender, { url, reference, helperName, contacts }) => ({
    subject: `Your helper for request ${reference}`,
    lines: [`You accepted ${helperName}'s offer of help with your request ${reference}.`, `You can contact them at: ${contacts}.`, "They have your contact details too, and will be in touch."],
    action: "See your match",
    url,
    personalisation: { reference, helper_name: helperName, contacts },
  }),
});

/** To the helper's people once the resident accepts: who the resident is and how to reach them. */
export const residentContactEmail = defineEmailTemplate<{ url: string; reference: string; residentName: string; residentEmail: string; postcode: string }>({
  kind: "match-resident-contact",
  notifyField: "matchResidentContactTemplateId",
  title: "resident's contact details",
  word: (sender, { url, reference, residentName, residentEmail, postcode }) => ({
    subject: `Your offer of help was accepted (${reference})`,
    lines: [`${residentName} accepted your offer of help with request ${reference}.`, `Contact them at ${residentEmail}. Their postcode is ${postcode}.`, "Please get in touch to arrange the help."],
    action: "See the match",
    url,
    personalisation: { reference, resident_name: residentName, resident_email: residentEmail, postcode },
  }),
});

/**
 * To the helper's people when their offer is not taken up: the resident declined it or chose another
 * helper. The resident's reason stays in the request's trail; the email carries the reference only.
 */
export const offerNotTakenUpEmail = defineEmailTemplate<{ url: string; reference: string; helperName: string }>({
  kind: "match-offer-not-taken-up",
  notifyField: "matchOfferNotTakenUpTemplateId",
  title: "offer not taken up",
  word: (sender, { url, reference, helperName }) => ({
    subject: `Your offer of help with request ${reference} was not taken up`,
    lines: [`Thank you for offering to help with request ${reference} as ${helperName}.`, "The resident has not taken up your offer this time. Other people near you may need your help."],
    action: "See requests you could help with",
    url,
    personalisation: { reference, helper_name: helperName },
  }),
});

/** To a helper who hears of needs at once: a new one they could meet, without the resident's identity. */
export const newNeedEmail = defineEmailTemplate<{ url: string; categoryName: string; area: string }>({
  kind: "match-new-need",
  notifyField: "matchNewNeedTemplateId",
  title: "new request for help",
  word: (sender, { url, categoryName, area }) => ({
    subject: `A new request for help with ${categoryName.toLowerCase()}`,
    lines: [`Someone in ${area} has asked for help with ${categoryName.toLowerCase()}, and you could help them.`, "Look at the request and offer to help if you can."],
    action: "See requests you could help with",
    url,
    personalisation: { category: categoryName, area },
  }),
});

/** To a helper who hears of needs once a day: those opened since the last digest that they could meet. */
export const newNeedsDigestEmail = defineEmailTemplate<{ url: string; needs: string[] }>({
  kind: "match-new-needs-digest",
  notifyField: "matchNewNeedsDigestTemplateId",
  title: "daily requests for help",
  word: (sender, { url, needs }) => ({
    subject: needs.length === 1 ? "1 new request for help you could meet" : `${needs.length} new requests for help you could meet`,
    lines: ["Since yesterday, people near you have asked for help you could give:", ...needs, "Look at the requests and offer to help if you can."],
    action: "See requests you could help with",
    url,
    personalisation: { count: String(needs.length), requests: needs.join("\n") },
  }),
});

export const MATCH_EMAIL_TEMPLATES = [matchOfferEmail, helperContactEmail, residentContactEmail, offerNotTakenUpEmail, newNeedEmail, newNeedsDigestEmail] as const;
