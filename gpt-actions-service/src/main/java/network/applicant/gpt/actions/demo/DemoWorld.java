package network.applicant.gpt.actions.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed vocabulary the demo catalog is generated from: countries and cities,
 * occupational fields with their titles and requirements, and forty fictional companies
 * (every website is under the reserved {@code .example} domain).
 */
final class DemoWorld {

	private DemoWorld() {
	}

	record City(String name, String region) {
	}

	/**
	 * @param salaryFactor local-currency pay relative to a US salary in dollars
	 * @param nursingLicence the registration a nurse needs to practise there
	 * @param accountingCredential the usual professional accounting qualification
	 */
	record Country(String code, String name, String currency, double salaryFactor, List<City> cities,
			List<String> benefits, String nursingLicence, String accountingCredential) {
	}

	/**
	 * An occupational field. Title patterns contain {@code %s} for the role, or are complete titles.
	 * @param area the field as it reads in "5+ years of experience in ..."
	 * @param subject the subject of study for interns
	 * @param baseSalaryUsd a mid-level yearly salary in the US
	 * @param commuteWeights weights for remote, hybrid and onsite
	 */
	record Field(String key, String area, String subject, int weight, List<String> roles, List<String> internTitles,
			List<String> entryPatterns, List<String> leadPatterns, List<String> executiveTitles, List<String> required,
			List<String> preferred, List<String> duties, String rolePitch, int baseSalaryUsd, int[] commuteWeights) {
	}

	record Company(String identifier, String name, String slug, String industry, String size, String countryCode,
			String city, String region, Set<String> fields, String description) {
	}

	static final List<Country> COUNTRIES = List.of(
			new Country("US", "the United States", "USD", 1.0,
					List.of(new City("New York", "NY"), new City("San Francisco", "CA"), new City("Austin", "TX"),
							new City("Chicago", "IL"), new City("Seattle", "WA"), new City("Boston", "MA"),
							new City("Denver", "CO"), new City("Atlanta", "GA")),
					List.of("Medical, dental and vision insurance from day one", "401(k) with a 4% company match",
							"16 weeks of paid parental leave", "Flexible paid time off with a 15-day minimum"),
					"an active state RN licence (NCLEX-RN)", "CPA"),
			new Country("GB", "the United Kingdom", "GBP", 0.55,
					List.of(new City("London", "England"), new City("Manchester", "England"),
							new City("Edinburgh", "Scotland"), new City("Bristol", "England"),
							new City("Leeds", "England"), new City("Birmingham", "England")),
					List.of("25 days' holiday plus bank holidays", "Private medical insurance",
							"Pension with a 6% employer contribution", "Cycle-to-work scheme"),
					"current NMC registration", "ACCA"),
			new Country("CA", "Canada", "CAD", 0.9,
					List.of(new City("Toronto", "ON"), new City("Vancouver", "BC"), new City("Montreal", "QC"),
							new City("Calgary", "AB"), new City("Ottawa", "ON")),
					List.of("Extended health and dental benefits", "RRSP matching up to 5%",
							"Three weeks of vacation to start", "Wellness spending account"),
					"registration with the provincial College of Nurses", "CPA"),
			new Country("DE", "Germany", "EUR", 0.6,
					List.of(new City("Berlin", "Berlin"), new City("Munich", "Bavaria"), new City("Hamburg", "Hamburg"),
							new City("Frankfurt am Main", "Hesse"), new City("Cologne", "North Rhine-Westphalia")),
					List.of("30 days of paid holiday", "Company pension scheme (bAV)", "Deutschlandticket subsidy",
							"Language courses"),
					"German recognition as a Pflegefachfrau/Pflegefachmann and German at B2 level", "Bilanzbuchhalter"),
			new Country("IE", "Ireland", "EUR", 0.65,
					List.of(new City("Dublin", "Leinster"), new City("Cork", "Munster"), new City("Galway", "Connacht")),
					List.of("Employer pension contribution of 8%", "Health insurance for you and your family",
							"25 days' annual leave", "Bike-to-work scheme"),
					"active NMBI registration", "ACA"),
			new Country("AU", "Australia", "AUD", 1.0,
					List.of(new City("Sydney", "NSW"), new City("Melbourne", "VIC"), new City("Brisbane", "QLD")),
					List.of("Superannuation at 2% above the guarantee", "Flexible working hours",
							"18 weeks of paid parental leave", "Two volunteering days a year"),
					"AHPRA registration as a Registered Nurse", "CPA Australia"),
			new Country("NL", "the Netherlands", "EUR", 0.58,
					List.of(new City("Amsterdam", "North Holland"), new City("Rotterdam", "South Holland"),
							new City("Utrecht", "Utrecht")),
					List.of("8% holiday allowance", "Pension scheme with employer contribution",
							"NS business card for commuting", "27 vacation days"),
					"BIG registration", "RA"));

	static final Map<String, Country> COUNTRY_BY_CODE = Map.of("US", COUNTRIES.get(0), "GB", COUNTRIES.get(1), "CA",
			COUNTRIES.get(2), "DE", COUNTRIES.get(3), "IE", COUNTRIES.get(4), "AU", COUNTRIES.get(5), "NL",
			COUNTRIES.get(6));

	static final String SOFTWARE = "software";

	static final String DATA = "data";

	static final String NURSING = "nursing";

	static final String ACCOUNTING = "accounting";

	static final String SALES = "sales";

	static final String MARKETING = "marketing";

	static final String SUPPORT = "support";

	static final String OPERATIONS = "operations";

	static final String EDUCATION = "education";

	static final String DESIGN = "design";

	static final List<Field> FIELDS = List.of(
			new Field(SOFTWARE, "software engineering", "Computer Science", 6,
					List.of("Software Engineer", "Backend Engineer (Java)", "Frontend Engineer (React)",
							"Full Stack Engineer", "Site Reliability Engineer", "Mobile Engineer (iOS)",
							"Platform Engineer"),
					List.of("Software Engineering Intern", "Backend Engineering Intern"), List.of("Junior %s", "Graduate %s"),
					List.of("Staff %s", "Lead %s", "Principal %s", "Engineering Manager"),
					List.of("VP of Engineering", "Chief Technology Officer", "Head of Engineering"),
					List.of("Solid programming skills in Java, Kotlin, Go or a similar language",
							"Experience with relational databases such as PostgreSQL",
							"Comfortable with Git, code review and continuous integration",
							"Understanding of HTTP APIs and distributed systems",
							"Experience with a cloud platform (AWS, GCP or Azure)",
							"Clear written communication in English"),
					List.of("Experience with Kubernetes and Terraform", "Contributions to open-source projects",
							"Experience with event-driven systems (Kafka, RabbitMQ)",
							"Familiarity with OpenTelemetry, Prometheus or Grafana",
							"Experience mentoring other engineers"),
					List.of("Design, build and operate services that thousands of customers rely on",
							"Write well-tested code and review your colleagues' pull requests",
							"Break large problems into small, safe releases",
							"Take part in a fair, well-paid on-call rotation",
							"Improve our CI pipeline and developer tooling",
							"Work with product and design to shape what we build next"),
					"As a %s you will join one of our product teams and own services from design to production.",
					135_000, new int[] { 4, 4, 2 }),
			new Field(DATA, "data and analytics", "Statistics, Mathematics or Computer Science", 4,
					List.of("Data Analyst", "Data Engineer", "Data Scientist", "Machine Learning Engineer",
							"Analytics Engineer", "BI Developer"),
					List.of("Data Science Intern", "Data Analyst Intern"), List.of("Junior %s", "Associate %s"),
					List.of("Lead %s", "Staff %s", "Data Science Manager"),
					List.of("Chief Data Officer", "VP of Data", "Head of Data"),
					List.of("Strong SQL and experience with a data warehouse (BigQuery, Snowflake or Redshift)",
							"Python for analysis (pandas, NumPy)", "Sound grasp of statistics and experiment design",
							"Experience with dbt or a similar transformation tool",
							"Able to explain findings to non-technical colleagues"),
					List.of("Experience with Airflow or Dagster", "Experience deploying machine-learning models",
							"Knowledge of Looker, Tableau or Power BI", "Experience with streaming data (Kafka, Flink)"),
					List.of("Build and maintain reliable data pipelines", "Turn business questions into analyses and dashboards",
							"Design and evaluate A/B tests", "Improve data quality checks and documentation",
							"Partner with product teams on metrics that matter"),
					"As a %s you will help the whole company make decisions from trustworthy data.", 125_000,
					new int[] { 3, 4, 2 }),
			new Field(NURSING, "nursing", "Nursing", 4,
					List.of("Registered Nurse – ICU", "Registered Nurse – Emergency Department",
							"Registered Nurse – Medical/Surgical", "Registered Nurse – Paediatrics", "Theatre Nurse",
							"Community Nurse"),
					List.of("Student Nurse Placement", "Nursing Assistant Intern"), List.of("Newly Qualified %s", "Graduate %s"),
					List.of("Charge Nurse", "Nurse Manager", "Clinical Nurse Lead"),
					List.of("Director of Nursing", "Chief Nursing Officer"),
					List.of("Basic Life Support (BLS) certification", "Excellent patient assessment skills",
							"Experience with electronic health records", "Able to work 12-hour shifts including nights and weekends",
							"Calm, compassionate communication with patients and families"),
					List.of("Advanced Cardiac Life Support (ACLS)", "Critical care or emergency experience",
							"Experience precepting new nurses", "A second language spoken by our patients"),
					List.of("Assess, plan and deliver patient care to a high standard",
							"Administer medication and monitor patients' responses",
							"Work with physicians, therapists and pharmacists in a multidisciplinary team",
							"Keep accurate, timely clinical records", "Educate patients and families before discharge",
							"Respond quickly and calmly to deteriorating patients"),
					"As a %s you will care for patients on a busy, well-staffed unit with a strong culture of support.",
					85_000, new int[] { 0, 0, 1 }),
			new Field(ACCOUNTING, "accounting and finance", "Accounting or Finance", 4,
					List.of("Staff Accountant ({cred})", "Staff Accountant ({cred})", "Financial Analyst", "Accounts Payable Specialist", "Tax Accountant",
							"Payroll Specialist", "Management Accountant", "Internal Auditor"),
					List.of("Accounting Intern", "Finance Intern"), List.of("Junior %s", "Associate %s"),
					List.of("%s Team Lead", "Accounting Manager", "Finance Manager"),
					List.of("Chief Financial Officer", "VP of Finance", "Financial Controller"),
					List.of("Strong command of Excel (pivot tables, lookups)", "Experience with month-end close and reconciliations",
							"Working knowledge of GAAP or IFRS", "Experience with an ERP such as NetSuite, SAP or Xero",
							"High attention to detail"),
					List.of("Experience in a high-growth company", "Knowledge of SQL or Power BI",
							"Experience with audits and audit preparation", "Multi-currency and multi-entity experience"),
					List.of("Own parts of the month-end close", "Prepare reconciliations and journal entries",
							"Support the annual audit and tax filings", "Improve and document finance processes",
							"Build reports that help budget holders manage spend"),
					"As a %s you will keep our books accurate and help the business understand its numbers.", 75_000,
					new int[] { 2, 4, 3 }),
			new Field(SALES, "B2B sales", "Business", 4,
					List.of("Account Executive", "Sales Development Representative", "Account Manager",
							"Business Development Manager", "Inside Sales Representative", "Customer Success Manager"),
					List.of("Sales Intern"), List.of("Junior %s", "Associate %s"),
					List.of("Sales Team Lead", "Regional Sales Manager", "Enterprise Sales Manager"),
					List.of("VP of Sales", "Chief Revenue Officer", "Head of Sales"),
					List.of("A track record of meeting or exceeding targets", "Confident on the phone and in video calls",
							"Experience with a CRM such as Salesforce or HubSpot", "Strong negotiation skills"),
					List.of("Experience selling SaaS to mid-market or enterprise customers",
							"Familiarity with MEDDICC or a similar qualification framework", "A second European language"),
					List.of("Build a healthy pipeline through outreach and referrals", "Run discovery calls and tailored demos",
							"Negotiate and close new business", "Keep the CRM accurate and forecasts honest",
							"Share customer feedback with product teams"),
					"As a %s you will help new customers discover how we can make their work easier.", 70_000,
					new int[] { 2, 3, 3 }),
			new Field(MARKETING, "marketing", "Marketing or Communications", 3,
					List.of("Marketing Manager", "Content Marketing Specialist", "Growth Marketer", "SEO Specialist",
							"Product Marketing Manager", "Social Media Manager"),
					List.of("Marketing Intern", "Content Marketing Intern"), List.of("Junior %s", "Associate %s"),
					List.of("Lead %s", "Marketing Team Lead", "Head of Content"),
					List.of("Chief Marketing Officer", "VP of Marketing"),
					List.of("Excellent writing and editing skills", "Experience planning and running campaigns",
							"Comfortable with Google Analytics and marketing automation tools",
							"Able to measure results and learn from them"),
					List.of("Experience with paid social and search", "Basic HTML and CMS skills",
							"Experience in B2B marketing", "A portfolio of published work"),
					List.of("Plan and run campaigns across channels", "Write and edit copy for web, email and social",
							"Report on performance and improve conversion", "Work with sales on messaging and enablement",
							"Manage agencies and freelancers"),
					"As a %s you will tell our story clearly and help the right customers find us.", 80_000,
					new int[] { 3, 4, 2 }),
			new Field(SUPPORT, "customer support", "any subject", 3,
					List.of("Customer Support Specialist", "Technical Support Engineer", "Customer Service Representative",
							"Support Operations Analyst", "Client Onboarding Specialist"),
					List.of("Customer Support Intern"), List.of("Junior %s", "%s I"),
					List.of("Customer Support Team Lead", "Support Manager", "Lead %s"),
					List.of("VP of Customer Experience", "Head of Customer Support"),
					List.of("Friendly, patient written and spoken communication", "Experience with Zendesk, Intercom or Freshdesk",
							"Able to explain technical topics simply", "Reliable and organised"),
					List.of("Experience supporting a SaaS product", "Basic SQL or API troubleshooting",
							"Fluency in French, German or Spanish"),
					List.of("Answer customer questions by chat, email and phone", "Troubleshoot issues and escalate bugs clearly",
							"Write and update help-centre articles", "Spot trends and share them with product teams",
							"Meet our response-time and satisfaction goals"),
					"As a %s you will be the friendly, knowledgeable voice our customers rely on.", 50_000,
					new int[] { 4, 2, 2 }),
			new Field(OPERATIONS, "operations and logistics", "Supply Chain or Business", 3,
					List.of("Operations Coordinator", "Logistics Coordinator", "Supply Chain Analyst",
							"Warehouse Operations Supervisor", "Procurement Specialist", "Fleet Planner"),
					List.of("Operations Intern", "Supply Chain Intern"), List.of("Junior %s", "Assistant %s"),
					List.of("Operations Manager", "Logistics Manager", "Lead %s"),
					List.of("Chief Operating Officer", "VP of Operations", "Director of Supply Chain"),
					List.of("Experience in logistics, warehousing or operations", "Strong Excel and planning skills",
							"Able to prioritise under time pressure", "Experience with a WMS or ERP system"),
					List.of("Lean or Six Sigma certification", "Forklift licence", "Experience with carrier management",
							"APICS/ASCM certification"),
					List.of("Plan and coordinate inbound and outbound shipments", "Track KPIs and fix the causes of delays",
							"Work with suppliers and carriers on cost and service", "Keep safety and compliance standards high",
							"Improve processes with the warehouse team"),
					"As a %s you will keep goods moving on time and help the operation run smoothly every day.", 65_000,
					new int[] { 1, 2, 5 }),
			new Field(EDUCATION, "teaching", "Education", 3,
					List.of("Mathematics Teacher", "Primary School Teacher", "Science Teacher", "Special Education Teacher",
							"Instructional Designer", "Online English Tutor", "Academic Advisor"),
					List.of("Teaching Assistant Intern", "Education Program Intern"), List.of("Newly Qualified %s", "Assistant %s"),
					List.of("Head of Mathematics", "Curriculum Lead", "Lead %s"),
					List.of("School Principal", "Head Teacher", "Director of Education"),
					List.of("A recognised teaching qualification", "Enhanced background check (or willingness to obtain one)",
							"Strong classroom management", "Able to adapt lessons to different learning needs"),
					List.of("Experience with Google Classroom or Canvas", "Experience teaching exam classes",
							"Special educational needs training"),
					List.of("Plan and deliver engaging lessons", "Assess progress and give helpful feedback",
							"Work with parents and colleagues to support every learner", "Contribute to curriculum development",
							"Take part in school life beyond the classroom"),
					"As a %s you will help learners build confidence and reach their potential.", 58_000,
					new int[] { 1, 1, 5 }),
			new Field(DESIGN, "design", "Design or HCI", 2,
					List.of("Product Designer", "UX Designer", "UI Designer", "UX Researcher", "Graphic Designer",
							"Brand Designer"),
					List.of("Product Design Intern", "UX Design Intern"), List.of("Junior %s", "Associate %s"),
					List.of("Lead %s", "Principal %s", "Design Manager"),
					List.of("VP of Design", "Head of Design", "Chief Design Officer"),
					List.of("A portfolio that shows your process, not just the results", "Fluency in Figma",
							"Experience running or using user research", "Good understanding of accessibility (WCAG)"),
					List.of("Experience with design systems", "Basic HTML and CSS", "Motion or illustration skills",
							"Experience in B2B products"),
					List.of("Turn research insights into flows, wireframes and polished UI",
							"Test ideas with users early and often", "Contribute to and extend our design system",
							"Work closely with engineers through delivery", "Present and defend design decisions"),
					"As a %s you will shape how people experience our product, from first sketch to shipped feature.",
					105_000, new int[] { 3, 4, 1 }));

	private static final Set<String> TECH = Set.of(SOFTWARE, DATA, DESIGN, MARKETING, SALES, SUPPORT, ACCOUNTING,
			OPERATIONS);

	private static final Set<String> HEALTH = Set.of(NURSING, DATA, ACCOUNTING, OPERATIONS, SUPPORT, SOFTWARE);

	private static final Set<String> SCHOOLS = Set.of(EDUCATION, DESIGN, SUPPORT, OPERATIONS, MARKETING);

	private static final Set<String> FINANCE = Set.of(ACCOUNTING, DATA, SOFTWARE, SALES, SUPPORT);

	private static final Set<String> LOGISTICS = Set.of(OPERATIONS, SALES, DATA, SOFTWARE, SUPPORT, ACCOUNTING);

	private static final Set<String> RETAIL = Set.of(OPERATIONS, MARKETING, SALES, SUPPORT, DESIGN, DATA, ACCOUNTING);

	private static final Set<String> AGENCY = Set.of(MARKETING, DESIGN, SALES, DATA);

	private static final Set<String> INDUSTRY = Set.of(OPERATIONS, SOFTWARE, DATA, ACCOUNTING, SALES);

	static final List<Company> COMPANIES = List.of(
			company(1, "Northwind Labs", "northwind-labs", "Software Development", "201-500", "US", "San Francisco", "CA", TECH,
					"Northwind Labs builds developer tools that help engineering teams ship reliable software faster."),
			company(2, "Brightwave Analytics", "brightwave", "Data and Analytics", "51-200", "CA", "Toronto", "ON", TECH,
					"Brightwave Analytics helps retailers forecast demand with clear, explainable models."),
			company(3, "Kestrel Cloud", "kestrel-cloud", "Cloud Infrastructure", "501-1000", "US", "Seattle", "WA", TECH,
					"Kestrel Cloud runs managed databases and queues for more than 20,000 companies."),
			company(4, "Ledgerline", "ledgerline", "Financial Software", "201-500", "GB", "London", "England", FINANCE,
					"Ledgerline makes bookkeeping software for small businesses across the UK and Ireland."),
			company(5, "Quillstone", "quillstone", "Software Development", "51-200", "DE", "Berlin", "Berlin", TECH,
					"Quillstone builds collaborative editing tools for publishers and newsrooms."),
			company(6, "Harbour & Finch Payments", "harbour-finch", "Financial Services", "1001-5000", "GB", "London",
					"England", FINANCE, "Harbour & Finch processes card and bank payments for online merchants in Europe."),
			company(7, "Tessellate Games", "tessellate-games", "Computer Games", "201-500", "CA", "Montreal", "QC", TECH,
					"Tessellate Games is an independent studio making cosy strategy games for PC and consoles."),
			company(8, "Pinecrest Software", "pinecrest", "Software Development", "11-50", "US", "Austin", "TX", TECH,
					"Pinecrest Software builds scheduling software for clinics and small practices."),
			company(9, "Lumen Mobility", "lumen-mobility", "Transportation Technology", "501-1000", "DE", "Munich",
					"Bavaria", INDUSTRY, "Lumen Mobility builds charging networks and fleet software for electric vans."),
			company(10, "Meridian Health Systems", "meridian-health", "Hospitals and Health Care", "10001+", "US",
					"New York", "NY", HEALTH, "Meridian Health Systems runs twelve hospitals and forty clinics across the Northeast."),
			company(11, "St. Brigid's Hospital Group", "st-brigids", "Hospitals and Health Care", "5001-10000", "IE",
					"Dublin", "Leinster", HEALTH, "St. Brigid's is a group of three teaching hospitals serving Dublin and Cork."),
			company(12, "Riverside Community Health Trust", "riverside-health", "Hospitals and Health Care", "5001-10000",
					"GB", "Manchester", "England", HEALTH,
					"Riverside Community Health Trust provides hospital and community care across Greater Manchester."),
			company(13, "Maple Leaf Care Network", "mapleleaf-care", "Hospitals and Health Care", "1001-5000", "CA",
					"Toronto", "ON", HEALTH, "Maple Leaf Care Network runs community hospitals and long-term care homes in Ontario."),
			company(14, "Lakeshore Children's Hospital", "lakeshore-childrens", "Hospitals and Health Care", "1001-5000",
					"US", "Chicago", "IL", HEALTH, "Lakeshore Children's Hospital is a 300-bed paediatric hospital and research centre."),
			company(15, "Klinikum Elbtal", "klinikum-elbtal", "Hospitals and Health Care", "1001-5000", "DE", "Hamburg",
					"Hamburg", HEALTH, "Klinikum Elbtal is a maximum-care hospital with 900 beds in the north of Germany."),
			company(16, "Harbourview Health", "harbourview-health", "Hospitals and Health Care", "1001-5000", "AU",
					"Sydney", "NSW", HEALTH, "Harbourview Health runs private hospitals and day-surgery centres in New South Wales."),
			company(17, "Oakridge Academy Trust", "oakridge-academy", "Primary and Secondary Education", "1001-5000", "GB",
					"Leeds", "England", SCHOOLS, "Oakridge Academy Trust runs fourteen primary and secondary schools in Yorkshire."),
			company(18, "Brightpath Learning", "brightpath", "E-Learning", "201-500", "US", "Austin", "TX", SCHOOLS,
					"Brightpath Learning offers live online tutoring and courses for secondary-school students."),
			company(19, "Prairie Lights School Division", "prairie-lights", "Primary and Secondary Education", "1001-5000",
					"CA", "Calgary", "AB", SCHOOLS, "Prairie Lights School Division serves 30,000 students in southern Alberta."),
			company(20, "Lingua Bridge Online", "lingua-bridge", "E-Learning", "51-200", "NL", "Amsterdam",
					"North Holland", SCHOOLS, "Lingua Bridge Online teaches languages to adults through small live classes."),
			company(21, "Greenfield Accounting Partners", "greenfield-cpa", "Accounting", "201-500", "US", "Chicago", "IL",
					FINANCE, "Greenfield Accounting Partners provides audit, tax and advisory services to mid-sized companies."),
			company(22, "Thornbury & Cole LLP", "thornbury-cole", "Accounting", "501-1000", "GB", "Bristol", "England",
					FINANCE, "Thornbury & Cole is an independent accountancy firm with eight offices in the South West."),
			company(23, "Caldwell Ridge Capital", "caldwell-ridge", "Investment Management", "201-500", "US", "Boston",
					"MA", FINANCE, "Caldwell Ridge Capital manages long-term investments for pension funds and foundations."),
			company(24, "Bluewater Insurance", "bluewater-insurance", "Insurance", "1001-5000", "CA", "Toronto", "ON",
					FINANCE, "Bluewater Insurance offers home, auto and small-business insurance across Canada."),
			company(25, "Atlas Freight Logistics", "atlas-freight", "Logistics", "1001-5000", "NL", "Rotterdam",
					"South Holland", LOGISTICS, "Atlas Freight moves sea and road freight between Europe's largest ports."),
			company(26, "Swiftline Couriers", "swiftline", "Delivery", "501-1000", "GB", "Birmingham", "England",
					LOGISTICS, "Swiftline Couriers delivers same-day parcels for retailers across the UK."),
			company(27, "Crossroads Distribution", "crossroads-distribution", "Warehousing", "1001-5000", "US", "Atlanta",
					"GA", LOGISTICS, "Crossroads Distribution runs fulfilment centres for consumer brands in the Southeast."),
			company(28, "Nordhafen Logistik", "nordhafen", "Logistics", "501-1000", "DE", "Hamburg", "Hamburg",
					LOGISTICS, "Nordhafen Logistik handles container logistics and customs for the port of Hamburg."),
			company(29, "Fernleaf Grocers", "fernleaf", "Retail", "5001-10000", "AU", "Melbourne", "VIC", RETAIL,
					"Fernleaf Grocers is a chain of neighbourhood supermarkets with a growing online shop."),
			company(30, "Copperleaf Home", "copperleaf-home", "Retail", "201-500", "US", "Denver", "CO", RETAIL,
					"Copperleaf Home sells sustainably made furniture and homeware online."),
			company(31, "Urban Loom Apparel", "urban-loom", "Retail Apparel", "501-1000", "CA", "Vancouver", "BC", RETAIL,
					"Urban Loom designs outdoor clothing and sells it in forty stores and online."),
			company(32, "Stellar Telecom", "stellar-telecom", "Telecommunications", "5001-10000", "DE",
					"Frankfurt am Main", "Hesse", INDUSTRY, "Stellar Telecom provides fibre broadband and mobile services in Germany."),
			company(33, "Brightside Marketing Co.", "brightside-marketing", "Marketing Services", "51-200", "US",
					"New York", "NY", AGENCY, "Brightside is a marketing agency for purpose-driven consumer brands."),
			company(34, "Pixel & Pine Studio", "pixel-pine", "Design Services", "11-50", "GB", "Edinburgh", "Scotland",
					AGENCY, "Pixel & Pine is a small studio designing websites and brands for charities and cultural organisations."),
			company(35, "Foxglove Creative", "foxglove-creative", "Advertising Services", "51-200", "AU", "Melbourne",
					"VIC", AGENCY, "Foxglove Creative makes advertising campaigns for Australian and New Zealand brands."),
			company(36, "Ironbridge Energy", "ironbridge-energy", "Renewable Energy", "1001-5000", "GB", "Edinburgh",
					"Scotland", INDUSTRY, "Ironbridge Energy builds and operates onshore wind and battery storage sites."),
			company(37, "Solace Digital Health", "solace-health", "Digital Health", "51-200", "US", "Boston", "MA", TECH,
					"Solace Digital Health offers online therapy and mental-health support through employers."),
			company(38, "Cobalt Robotics Works", "cobalt-robotics", "Industrial Automation", "201-500", "DE", "Munich",
					"Bavaria", INDUSTRY, "Cobalt Robotics Works builds collaborative robots for small manufacturers."),
			company(39, "Harvest Table Foods", "harvest-table", "Food and Beverage Manufacturing", "1001-5000", "US",
					"Chicago", "IL", RETAIL, "Harvest Table Foods makes soups, sauces and ready meals for supermarkets."),
			company(40, "Silverline Travel", "silverline-travel", "Travel Arrangements", "501-1000", "IE", "Dublin",
					"Leinster", RETAIL, "Silverline Travel plans group and business travel for customers across Europe."));

	private static Company company(int number, String name, String slug, String industry, String size,
			String countryCode, String city, String region, Set<String> fields, String description) {
		return new Company("demo-company-%02d".formatted(number), name, slug, industry, size, countryCode, city, region,
				fields, description);
	}

	static Field field(String key) {
		return FIELDS.stream()
			.filter((field) -> field.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no demo field " + key));
	}

}
