import type { NewCategory } from "./categories";

/**
 * What a council's help page lists until its admins change it: the kinds of help most councils broker,
 * each asking for the check its risk calls for. Helping with shopping, travel or personal care is
 * regulated activity with adults, so those ask for an enhanced check with the barred lists; visiting
 * someone at home asks for an enhanced check; a friendly phone call needs only to know who is calling.
 */
export const STARTER_CATEGORIES: readonly NewCategory[] = [
  { slug: "befriending-by-phone", name: "Befriending by phone", description: "A regular friendly call from a volunteer.", requiredCheck: "id_check" },
  { slug: "befriending-visits", name: "Befriending visits", description: "A volunteer who visits you at home for a chat.", requiredCheck: "dbs_enhanced" },
  { slug: "shopping-and-errands", name: "Shopping and errands", description: "Someone to do your shopping and other errands for you.", requiredCheck: "dbs_enhanced_barred" },
  { slug: "prescription-collection", name: "Prescription collection", description: "Collecting your prescriptions from the pharmacy and bringing them home.", requiredCheck: "dbs_basic" },
  { slug: "transport-to-appointments", name: "Transport to appointments", description: "Door-to-door lifts to medical and other appointments.", requiredCheck: "dbs_enhanced_barred" },
  { slug: "gardening-and-odd-jobs", name: "Gardening and odd jobs", description: "Help with the garden and small jobs around the home.", requiredCheck: "dbs_basic" },
  { slug: "digital-help", name: "Digital help", description: "Help using a phone, tablet or computer, and getting online.", requiredCheck: "id_check" },
  { slug: "meals", name: "Meals", description: "Hot or frozen meals cooked and brought to your door.", requiredCheck: "dbs_basic" },
  { slug: "personal-care", name: "Personal care", description: "Registered carers who help with washing, dressing and eating at home.", requiredCheck: "dbs_enhanced_barred" },
  { slug: "respite-care", name: "Respite care", description: "Care for the person you look after, so that you can take a break.", requiredCheck: "dbs_enhanced_barred" },
];

/** The demo councils' own lists, so each demo site reads differently. */
export const DEMO_CATEGORIES: Record<string, readonly NewCategory[]> = {
  kingston: [
    { slug: "care-at-home", name: "Care at home", description: "Registered carers who visit you at home.", requiredCheck: "dbs_enhanced_barred" },
    { slug: "befriending", name: "Befriending", description: "Volunteers who call or visit for a chat.", requiredCheck: "dbs_enhanced" },
    { slug: "community-transport", name: "Community transport", description: "Door-to-door trips for people who cannot use buses.", requiredCheck: "dbs_enhanced_barred" },
    { slug: "rooms-to-hire", name: "Rooms and halls to hire", description: "Community spaces for groups and events.", requiredCheck: "none" },
  ],
  richmond: [
    { slug: "day-centres", name: "Day centres", description: "Daytime activities, meals and company.", requiredCheck: "dbs_enhanced_barred" },
    { slug: "carers-support", name: "Support for carers", description: "Breaks, advice and groups for unpaid carers.", requiredCheck: "dbs_enhanced" },
    { slug: "meals-at-home", name: "Meals at home", description: "Hot or frozen meals delivered to your door.", requiredCheck: "dbs_basic" },
    { slug: "activity-sessions", name: "Sport and activity sessions", description: "Gentle exercise and sport near you.", requiredCheck: "dbs_standard" },
  ],
  sutton: [
    { slug: "home-adaptations", name: "Home adaptations", description: "Rails, ramps and changes that keep you safe at home.", requiredCheck: "dbs_basic" },
    { slug: "advice", name: "Advice and advocacy", description: "Help with money, housing and speaking up.", requiredCheck: "id_check" },
    { slug: "volunteering", name: "Volunteering", description: "Give your time to people and groups nearby.", requiredCheck: "none" },
    { slug: "youth-clubs", name: "Youth clubs", description: "Clubs and activities for young people.", requiredCheck: "dbs_enhanced_barred" },
  ],
};
