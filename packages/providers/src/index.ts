export { addOrganisation, listOrganisations, newOrganisation, ORGANISATION_KINDS, organisationsOwnedBy, type OrganisationKind } from "./organisations";
