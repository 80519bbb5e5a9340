import { graphql } from '../../gql';

/** `/`: the first municipality by code (Tyresö in the demo data) with its strategy. */
export const StartPageQuery = graphql(`
  query StartPage {
    municipalities(first: 1) {
      nodes {
        id
        ...MunicipalityStrategy_municipality
      }
    }
  }
`);

/** `/kommun/:code`: one municipality with its strategy. */
export const MunicipalityPageQuery = graphql(`
  query MunicipalityPage($code: String!) {
    municipality(code: $code) {
      id
      ...MunicipalityStrategy_municipality
    }
  }
`);
