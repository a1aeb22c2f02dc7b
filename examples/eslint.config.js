// The whole user config: the recommended guideline rules for *.mjml and *.md, plus the partner.
import cspComms from "eslint-plugin-csp-comms";

export default [
  ...cspComms.configs.recommended,
  {
    settings: {
      "csp-comms": {
        partner: {
          name: "Northwind Cloud Services",
          domains: ["northwind-cloud.example"],
          sender: "Northwind Cloud Services <billing@northwind-cloud.example>",
        },
      },
    },
  },
];
