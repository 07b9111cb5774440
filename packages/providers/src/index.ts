export { addOrganisation, CHARITY_NUMBER, CQC_LOCATION_ID, listOrganisations, newOrganisation, ORGANISATION_KINDS, organisationsOwnedBy, type OrganisationKind } from "./organisations";
