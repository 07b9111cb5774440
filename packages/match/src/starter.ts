import type { NewCategory } from "./categories";

/**
 * What a council's help page lists until its admins change it: the kinds of help most councils
 * broker. The vetting each needs arrives with matching.
 */
export const STARTER_CATEGORIES: readonly NewCategory[] = [
  { slug: "befriending-by-phone", name: "Befriending by phone", description: "A regular friendly call from a volunteer." },
  { slug: "befriending-visits", name: "Befriending visits", description: "A volunteer who visits you at home for a chat." },
  { slug: "shopping-and-errands", name: "Shopping and errands", description: "Help getting shopping, prescriptions and other errands done." },
  { slug: "lifts-to-appointments", name: "Lifts to appointments", description: "Door-to-door lifts to medical and other appointments." },
  { slug: "help-at-home", name: "Help at home", description: "Registered carers who help with personal care at home." },
  { slug: "gardening-and-odd-jobs", name: "Gardening and odd jobs", description: "Help with the garden and small jobs around the home." },
];

/** The demo councils' own lists, so each demo site reads differently. */
export const DEMO_CATEGORIES: Record<string, readonly NewCategory[]> = {
  kingston: [
    { slug: "care-at-home", name: "Care at home", description: "Registered carers who visit you at home." },
    { slug: "befriending", name: "Befriending", description: "Volunteers who call or visit for a chat." },
    { slug: "community-transport", name: "Community transport", description: "Door-to-door trips for people who cannot use buses." },
    { slug: "rooms-to-hire", name: "Rooms and halls to hire", description: "Community spaces for groups and events." },
  ],
  richmond: [
    { slug: "day-centres", name: "Day centres", description: "Daytime activities, meals and company." },
    { slug: "carers-support", name: "Support for carers", description: "Breaks, advice and groups for unpaid carers." },
    { slug: "meals-at-home", name: "Meals at home", description: "Hot or frozen meals delivered to your door." },
    { slug: "activity-sessions", name: "Sport and activity sessions", description: "Gentle exercise and sport near you." },
  ],
  sutton: [
    { slug: "home-adaptations", name: "Home adaptations", description: "Rails, ramps and changes that keep you safe at home." },
    { slug: "advice", name: "Advice and advocacy", description: "Help with money, housing and speaking up." },
    { slug: "volunteering", name: "Volunteering", description: "Give your time to people and groups nearby." },
    { slug: "youth-clubs", name: "Youth clubs", description: "Clubs and activities for young people." },
  ],
};
