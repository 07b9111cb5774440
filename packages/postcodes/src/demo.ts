import type { Tx } from "@lgp/db";
import { savePostcodes, type PostcodeRow } from "./save";

type Ward = readonly [code: string, name: string];
const row = (postcode: string, latitude: number, longitude: number, [wardCode, wardName]: Ward): PostcodeRow => ({ postcode, latitude, longitude, wardCode, wardName });

// Ward codes and names of the 2014–2022 boundaries (checked against the ONS ward code/name list of the 2011
// rural-urban classification, and against the ward each postcode carries in OS Code-Point Open 2014): the ONS
// directory a council imports carries the current wards' codes, and replaces these.
const KINGSTON = {
  alexandra: ["E05000400", "Alexandra"],
  canbury: ["E05000403", "Canbury"],
  chessingtonSouth: ["E05000405", "Chessington South"],
  coombeHill: ["E05000406", "Coombe Hill"],
  grove: ["E05000408", "Grove"],
  norbiton: ["E05000409", "Norbiton"],
  stMarks: ["E05000412", "St Mark's"],
  tudor: ["E05000415", "Tudor"],
} as const satisfies Record<string, Ward>;

const RICHMOND = {
  barnes: ["E05000516", "Barnes"],
  eastSheen: ["E05000517", "East Sheen"],
  ham: ["E05000519", "Ham, Petersham and Richmond Riverside"],
  hampton: ["E05000520", "Hampton"],
  kew: ["E05000524", "Kew"],
  southRichmond: ["E05000528", "South Richmond"],
  southTwickenham: ["E05000529", "South Twickenham"],
  teddington: ["E05000530", "Teddington"],
  twickenhamRiverside: ["E05000531", "Twickenham Riverside"],
  whitton: ["E05000533", "Whitton"],
} as const satisfies Record<string, Ward>;

const SUTTON = {
  belmont: ["E05000557", "Belmont"],
  carshaltonCentral: ["E05000558", "Carshalton Central"],
  cheam: ["E05000560", "Cheam"],
  nonsuch: ["E05000561", "Nonsuch"],
  stHelier: ["E05000562", "St Helier"],
  suttonCentral: ["E05000564", "Sutton Central"],
  suttonNorth: ["E05000565", "Sutton North"],
  suttonSouth: ["E05000566", "Sutton South"],
  suttonWest: ["E05000567", "Sutton West"],
  wallingtonNorth: ["E05000569", "Wallington North"],
  wandleValley: ["E05000571", "Wandle Valley"],
} as const satisfies Record<string, Ward>;

/**
 * Real postcodes the demo councils' helpers, offers and needs use, spread over several wards of each
 * borough, so distances in the demo read as they would on the council's own site. Positions are to
 * four decimal places (about 10 metres), mostly the postcode's centroid in OS Code-Point Open (2014)
 * rather than the ONS directory; a council's own import replaces them with the directory's.
 */
export const DEMO_POSTCODES: Record<"kingston" | "richmond" | "sutton", readonly PostcodeRow[]> = {
  kingston: [
    row("KT1 1EU", 51.4079, -0.3060, KINGSTON.grove), // Guildhall
    row("KT1 1TP", 51.4117, -0.3050, KINGSTON.grove), // Bentall Centre
    row("KT1 2EE", 51.4029, -0.3036, KINGSTON.grove), // Kingston University, Penrhyn Road
    row("KT1 1HL", 51.4082, -0.3078, KINGSTON.grove), // Rose Theatre, High Street
    row("KT2 5AU", 51.4189, -0.3056, KINGSTON.tudor), // Canbury Gardens car park, Lower Ham Road
    row("KT2 6PZ", 51.4135, -0.2886, KINGSTON.canbury), // Tamil Information Centre, Bridge End Close
    row("KT2 7QB", 51.4143, -0.2831, KINGSTON.coombeHill), // Kingston Hospital
    row("KT2 7EG", 51.4157, -0.2543, KINGSTON.coombeHill), // Coombe Lane West
    row("KT2 6NQ", 51.4114, -0.2985, KINGSTON.grove), // Kingston town centre, east of Fairfield
    row("KT1 3HS", 51.4081, -0.2870, KINGSTON.norbiton), // Cambridge Road
    row("KT1 1WJ", 51.4051, -0.2923, KINGSTON.norbiton), // Norbiton: a postcode of OS Code-Point Open 2014, at its centroid
    row("KT6 4PE", 51.3926, -0.3035, KINGSTON.stMarks), // Surbiton station
    row("KT6 7DJ", 51.3813, -0.2826, KINGSTON.alexandra), // Tolworth Broadway
    row("KT4 7QH", 51.3757, -0.2754, KINGSTON.alexandra), // Kingston University sports ground, Old Kingston Road
    row("KT9 2NE", 51.3486, -0.3148, KINGSTON.chessingtonSouth), // Leatherhead Road, Chessington
  ],
  richmond: [
    row("TW1 3BZ", 51.4477, -0.3258, RICHMOND.twickenhamRiverside), // Civic Centre, York Street
    row("TW1 3SX", 51.4471, -0.3287, RICHMOND.twickenhamRiverside), // King Street
    row("TW1 4SX", 51.4374, -0.3366, RICHMOND.southTwickenham), // St Mary's University, Waldegrave Road
    row("TW2 7BA", 51.4560, -0.3415, RICHMOND.whitton), // Twickenham Stadium, Whitton Road
    row("TW9 1TP", 51.4613, -0.3034, RICHMOND.southRichmond), // Old Town Hall, Whittaker Avenue (Richmond Riverside)
    row("TW9 2NA", 51.4626, -0.3012, RICHMOND.southRichmond), // St John the Divine Church, Kew Road
    row("TW9 3AE", 51.4787, -0.2956, RICHMOND.kew), // Royal Botanic Gardens, Kew
    row("TW11 0JL", 51.4261, -0.3409, RICHMOND.teddington), // Teddington Memorial Hospital
    row("TW10 7RS", 51.4437, -0.3165, RICHMOND.ham), // Ham House, Ham Street
    row("TW11 8HU", 51.4274, -0.3266, RICHMOND.teddington), // Broad Street, Teddington
    row("TW11 0LW", 51.4265, -0.3439, RICHMOND.teddington), // Hampton Road, Teddington
    row("TW12 2EN", 51.4114, -0.3555, RICHMOND.hampton), // Garrick's Temple to Shakespeare, Hampton Court Road
    row("KT8 9AU", 51.4038, -0.3377, RICHMOND.hampton), // Hampton Court Palace
    row("SW13 9WT", 51.4768, -0.2365, RICHMOND.barnes), // WWT London Wetland Centre, Queen Elizabeth Walk
    row("SW14 8LS", 51.4632, -0.2660, RICHMOND.eastSheen), // Age UK Richmond, Parkway House, Sheen Lane
  ],
  sutton: [
    row("SM1 1EA", 51.3619, -0.1937, SUTTON.suttonCentral), // Civic Offices, St Nicholas Way
    row("SM1 1AA", 51.3599, -0.1930, SUTTON.suttonCentral), // High Street, Sutton
    row("SM1 1JG", 51.3634, -0.1921, SUTTON.suttonCentral), // High Street, Sutton
    row("SM1 3DA", 51.3732, -0.1924, SUTTON.suttonNorth), // Angel Hill
    row("SM2 5PT", 51.3436, -0.1904, SUTTON.belmont), // Royal Marsden Hospital, Downs Road
    row("SM2 5DA", 51.3585, -0.1891, SUTTON.suttonSouth), // Salatin House, Cedar Road
    row("SM3 8QB", 51.3595, -0.2163, SUTTON.cheam), // Cheam village
    row("SM5 1AA", 51.3801, -0.1832, SUTTON.stHelier), // St Helier Hospital, Wrythe Lane
    row("SM5 3BN", 51.3642, -0.1615, SUTTON.carshaltonCentral), // High Street, Carshalton
    row("SM5 2HW", 51.3677, -0.1648, SUTTON.carshaltonCentral), // Carshalton station area
    row("SM6 0DX", 51.3605, -0.1507, SUTTON.wallingtonNorth), // Wallington station
    row("SM6 7AH", 51.3751, -0.1572, SUTTON.wandleValley), // Kingfisher House, Restmor Way, Hackbridge
    row("KT4 8UJ", 51.3735, -0.2415, SUTTON.nonsuch), // North Cheam
    row("SM2 7AA", 51.3442, -0.2048, SUTTON.cheam), // East Cheam
    row("SM2 6LE", 51.3591, -0.1921, SUTTON.suttonWest), // Mulgrave Chambers, Mulgrave Road
  ],
};

/** Gives a demo council (kingston, richmond or sutton) its postcodes; any other council none. */
export async function addDemoPostcodes(tx: Tx, slug: string): Promise<void> {
  await savePostcodes(tx, DEMO_POSTCODES[slug as keyof typeof DEMO_POSTCODES] ?? []);
}
