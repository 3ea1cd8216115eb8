//! The explanatory sections of the page, shown below the calculator.
//!
//! Written in the product's own words. Every fact and figure comes from the material in
//! `shared/source` (the RegenClinics.org overview, the FDA notices and the ISEV guidelines
//! listed in `references.md`) and carries an inline citation that links to the "Sources"
//! section at the end. Nothing here adds a figure the sources do not state.

use yew::prelude::*;

// In-page anchors of the entries in the "Sources" list. Citations link to them.
const SRC_OVERVIEW: &str = "#source-overview";
const SRC_FDA_NOTIFICATION: &str = "#source-fda-notification-2019";
const SRC_FDA_MEDWATCH: &str = "#source-fda-medwatch-2019";
const SRC_FDA_CONSUMER: &str = "#source-fda-consumer-alert-2020";
const SRC_FDA_PATIENT: &str = "#source-fda-patient-information";
const SRC_MISEV2018: &str = "#source-misev2018";
const SRC_MISEV2023: &str = "#source-misev2023";
const SRC_ASJ: &str = "#source-asj-2023";

// Addresses of the FDA documents, exactly as given in `references.md`.
const URL_FDA_NOTIFICATION: &str = "https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products";
const URL_FDA_MEDWATCH: &str = "https://www.fda.gov/safety/medical-product-safety-information/public-safety-alert-due-marketing-unapproved-stem-cell-and-exosome-products";
const URL_FDA_CONSUMER: &str = "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes";
const URL_FDA_PATIENT: &str = "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies";

// DOI addresses of the ISEV guidelines (the DOIs given in `references.md`).
const URL_MISEV2018: &str = "https://doi.org/10.1080/20013078.2018.1535750";
const URL_MISEV2023: &str = "https://doi.org/10.1002/jev2.12404";

/// The explanatory sections shown below the calculator.
#[component]
pub fn Explainer() -> Html {
    html! {
        <>
            { section_what_exosomes_are() }
            { section_source_cell() }
            { section_delivery_methods() }
            { section_who_it_may_suit() }
            { section_risks() }
            { section_regulation() }
            { section_faq() }
            { section_sources() }
        </>
    }
}

/// An inline citation: ` (label)`, the label linking to its entry in the sources list.
/// It starts with a space, so the text before it should not end with one.
fn cite(anchor: &'static str, label: &'static str) -> Html {
    html! {
        <>
            { " (" }
            <cite><a href={anchor}>{ label }</a></cite>
            { ")" }
        </>
    }
}

fn overview() -> Html {
    cite(SRC_OVERVIEW, "overview, 2026")
}

/// An external link to a public document. No `target`: it opens in the same tab.
fn external(url: &'static str, title: &'static str) -> Html {
    html! {
        <a href={url} rel="noopener noreferrer">{ title }</a>
    }
}

fn section_what_exosomes_are() -> Html {
    html! {
        <details id="what-exosomes-are" class="content-section explainer-fold">
            <summary><h2>{ "What exosomes are" }</h2></summary>
            <p class="lede">
                { "Your cells talk to each other partly by sending out tiny parcels. \
                   Exosome treatments collect these parcels from donor cells and put them \
                   on or into the skin, in the hope of nudging it to repair and renew itself." }
            </p>
            <p>
                { "Scientists call the parcels extracellular vesicles, and exosomes are one \
                   kind of them: a bubble wrapped in a thin fatty membrane, only 30 to 150 \
                   nanometres wide" }
                { overview() }
                { ". They are made inside the cell, in a compartment called the endosome. \
                   When that compartment merges with the membrane around the cell, the vesicles are \
                   released into the space around the cell, where other cells can pick them up" }
                { overview() }
                { "." }
            </p>

            <h3>{ "What they carry" }</h3>
            <p>
                { "Whatever effect exosomes have comes from what is packed inside them. The \
                   cargo described in the overview" }
                { overview() }
                { " is:" }
            </p>
            <ul>
                <li>
                    <strong>{ "Growth factors." }</strong>
                    { " Among them TGF-β (transforming growth factor beta), which plays a \
                       central part in controlling how much collagen the skin makes; EGF \
                       (epidermal growth factor), which encourages the cells of the skin’s \
                       surface layer to multiply; and VEGF and FGF. The exact mix depends on \
                       the cell the vesicles came from." }
                </li>
                <li>
                    <strong>{ "MicroRNA (miRNA)." }</strong>
                    { " Short pieces of genetic material that do not make proteins themselves \
                       but turn genes up or down in the cell that receives them. In the skin, \
                       the intended effect is more activity in the genes for collagen and \
                       elastin, and less in those that drive inflammation and cell death." }
                </li>
                <li>
                    <strong>{ "Messenger RNA (mRNA)." }</strong>
                    { " Working instructions that a receiving cell can read to build new \
                       proteins." }
                </li>
                <li>
                    <strong>{ "Proteins and lipids." }</strong>
                    { " Signalling proteins, enzymes and biologically active fats that act on \
                       cells directly." }
                </li>
            </ul>

            <h3>{ "What they are meant to do in the skin" }</h3>
            <p>
                { "The aim is for this cargo to prompt skin cells to produce more collagen, \
                   mend damage and renew the tissue faster" }
                { overview() }
                { ". That is the intention behind every product. Whether a particular vial \
                   lives up to it depends on what is really inside, and that depends above \
                   all on where it came from and how carefully it was made." }
            </p>
        </details>
    }
}

fn section_source_cell() -> Html {
    html! {
        <details id="source-cell" class="content-section explainer-fold">
            <summary><h2>{ "Why the source cell matters" }</h2></summary>
            <p>
                { "Vesicles carry the signals of the cell that made them, so the kind of cell \
                   used to produce a preparation largely decides what it can do" }
                { overview() }
                { ". The sources you are most likely to hear about:" }
            </p>
            <ul class="card-list">
                <li class="card">
                    <h3>{ "Mesenchymal stem cells (MSC)" }</h3>
                    <p>
                        { "Of all the source cells, these have had the most research in \
                           regenerative medicine. The growth factors and microRNA in their \
                           vesicles are the mix linked with mending tissue and with tuning the \
                           immune system (immunomodulation)" }
                        { overview() }
                        { "." }
                    </p>
                </li>
                <li class="card">
                    <h3>{ "Placental cells" }</h3>
                    <p>
                        { "Also used in aesthetic preparations" }
                        { overview() }
                        { ". The overview does not compare them with other sources in detail." }
                    </p>
                </li>
                <li class="card">
                    <h3>{ "Amniotic membrane cells" }</h3>
                    <p>
                        { "Another source found in aesthetic products" }
                        { overview() }
                        { ", again without a detailed comparison in the overview." }
                    </p>
                </li>
                <li class="card">
                    <h3>{ "Plant cells" }</h3>
                    <p>
                        { "According to the overview, vesicles made by plants pass signals \
                           between cells less strongly than those made by human cells" }
                        { overview() }
                        { ". Check which kind of cell a product comes from before you \
                           compare prices." }
                    </p>
                </li>
            </ul>

            <h3>{ "What “well-characterised” means" }</h3>
            <p>
                { "A preparation is well-characterised when its maker has measured and \
                   written down what each batch (or lot) contains: how many particles there \
                   are, how their sizes are spread, and which marker proteins sit on their \
                   surface" }
                { overview() }
                { ". These are the data the overview suggests you ask your clinic to show you \
                   for the lot it plans to use." }
            </p>
            <p>
                { "Researchers already agree on what such a description should include. The \
                   MISEV2018 guidelines from the International Society for Extracellular \
                   Vesicles ask for a measured particle count and at least three protein \
                   markers that should be present: at least one that sits in the vesicle’s \
                   membrane (usually one of the tetraspanins CD9, CD63 and CD81) and at least \
                   one from inside it, together with a check for material that should not be \
                   there" }
                { cite(SRC_MISEV2018, "MISEV2018") }
                { ". The updated MISEV2023 guidelines prefer the general name “extracellular \
                   vesicles” and discourage labels such as “exosome-like”" }
                { cite(SRC_MISEV2023, "MISEV2023") }
                { ". These guidelines were written for research, not for clinics, but they \
                   give you a fair yardstick. This page still says “exosomes”, because that is \
                   the word you will see on clinic menus." }
            </p>
        </details>
    }
}

fn section_delivery_methods() -> Html {
    html! {
        <details id="delivery-methods" class="content-section explainer-fold">
            <summary><h2>{ "Delivery methods" }</h2></summary>
            <p>
                { "The outermost layer of the skin is its main barrier. Exosomes are either \
                   spread on just after a procedure that opens tiny channels through that \
                   layer, or injected. With the first approach, how long you need to recover \
                   depends mostly on the procedure" }
                { overview() }
                { "." }
            </p>
            <ul class="card-list">
                <li class="card">
                    <h3>{ "On the skin, after microneedling" }</h3>
                    <p>
                        { "The most common approach. Fine needles first make short-lived \
                           channels through the outer layer of the skin (the stratum \
                           corneum); the exosome product is spread on straight afterwards and \
                           reaches the living layers underneath through those channels. It is \
                           meant to boost the skin’s own response to the microneedling" }
                        { overview() }
                        { "." }
                    </p>
                    <dl>
                        <dt>{ "Downtime" }</dt>
                        <dd>{ "24–48 hours, mostly from the microneedling itself" }{ overview() }</dd>
                        <dt>{ "Published price" }</dt>
                        <dd>
                            { "$600–$1,500 for one session; $2,000–$4,000 for a series of 3" }
                            { overview() }
                        </dd>
                    </dl>
                </li>
                <li class="card">
                    <h3>{ "On the skin, after fractional laser" }</h3>
                    <p>
                        { "The same idea, with a laser making the channels instead of \
                           needles; the overview names ablative and fractional lasers" }
                        { overview() }
                        { ". The downtime figure below is the one it gives for fractional \
                           laser; it gives none for ablative laser." }
                    </p>
                    <dl>
                        <dt>{ "Downtime" }</dt>
                        <dd>{ "3–7 days after fractional laser, mostly from the laser treatment" }{ overview() }</dd>
                        <dt>{ "Published price" }</dt>
                        <dd>
                            { "Not given in the overview, and this estimator does not make \
                               one up." }
                        </dd>
                    </dl>
                </li>
                <li class="card">
                    <h3>{ "Injection into or just under the skin" }</h3>
                    <p>
                        { "The product goes straight into the tissue as many small deposits \
                           across the treated area, much as with other injections meant to \
                           stimulate the skin. No needling or laser is needed first, so it can \
                           be done on its own, but it calls for a sterile product made for \
                           injection" }
                        { overview() }
                        { ". In the US, injected exosomes sit in a regulatory grey zone: see " }
                        <a href="#regulation">{ "Regulation in the US" }</a>
                        { "." }
                    </p>
                    <dl>
                        <dt>{ "Downtime" }</dt>
                        <dd>
                            { "No figure: the overview gives no downtime for injection. The \
                               reactions it does name (where the needle went in, bruising, \
                               redness that passes) come from its list of risks for \
                               well-characterised products, not from a recovery time" }
                            { overview() }
                            { "." }
                        </dd>
                        <dt>{ "Published price" }</dt>
                        <dd>
                            { "$3,000–$6,000 per treatment for a high-potency MSC-derived \
                               injectable; the overview says it “may” cost this, at specialist \
                               practices" }
                            { overview() }
                        </dd>
                    </dl>
                </li>
                <li class="card">
                    <h3>{ "On the scalp, for hair loss" }</h3>
                    <p>
                        { "Delivering exosomes to the scalp for pattern hair loss \
                           (androgenetic alopecia) is still under active study" }
                        { overview() }
                        { ". It is not an established treatment." }
                    </p>
                    <dl>
                        <dt>{ "Downtime" }</dt>
                        <dd>{ "Not given in the overview." }</dd>
                        <dt>{ "Published price" }</dt>
                        <dd>{ "Not given in the overview, so the estimator shows none." }</dd>
                    </dl>
                </li>
            </ul>
        </details>
    }
}

fn section_who_it_may_suit() -> Html {
    html! {
        <details id="who-it-may-suit" class="content-section explainer-fold">
            <summary><h2>{ "Who it may suit" }</h2></summary>
            <p>
                { "The overview" }
                { overview() }
                { " lists four kinds of patient it sees as candidates:" }
            </p>
            <ul>
                <li>
                    { "People having microneedling or fractional laser who want to heal faster \
                       and get more out of the procedure." }
                </li>
                <li>
                    { "People whose skin has changed all over, becoming thinner, looser or \
                       finely lined, and who want a biological approach meant to prompt \
                       regeneration." }
                </li>
                <li>
                    { "People having surgery, as an add-on meant to speed wound healing. That \
                       is the treatment of a condition, not a cosmetic use." }
                </li>
                <li>
                    { "People with pattern hair loss, though scalp treatment is still being \
                       studied rather than established, and treating hair loss is the treatment \
                       of a condition, not a cosmetic use." }
                </li>
            </ul>
            <p class="note">
                { "Whether any of these treatments is right for you, given your skin, your \
                   health and any medicines you take, is for a qualified clinician to decide \
                   after seeing you." }
            </p>
        </details>
    }
}

fn section_risks() -> Html {
    html! {
        <details id="risks" class="content-section explainer-fold">
            <summary><h2>{ "Risks depend on the preparation" }</h2></summary>
            <p>
                { "How safe a treatment is depends less on the word “exosome” than on the \
                   particular product in the vial and how well it has been described and made." }
            </p>

            <h3>{ "With a well-characterised preparation" }</h3>
            <p>
                { "The risks are described as minimal: a reaction at an injection site, \
                   bruising, and redness that fades" }
                { overview() }
                { "." }
            </p>

            <h3>{ "With a poorly characterised preparation" }</h3>
            <p>
                { "When nobody can say exactly what is in the product, the overview names \
                   three theoretical risks" }
                { overview() }
                { ":" }
            </p>
            <ul>
                <li>{ "the body’s immune system may react to proteins in it that nobody has identified;" }</li>
                <li>{ "it may carry microbes, if it was made without enough care;" }</li>
                <li>{ "microRNA in it that nobody has identified may act in ways nobody can foresee." }</li>
            </ul>
            <p>
                { "Real harm has been reported with unapproved products: in December 2019 \
                   the FDA described serious adverse events in patients in Nebraska who had \
                   received products marketed as containing exosomes" }
                { cite(SRC_FDA_NOTIFICATION, "FDA, 6 December 2019") }
                { "." }
            </p>

            <h3>{ "The biggest risk is not knowing what you are getting" }</h3>
            <p>
                { "Products on the market differ widely, and some are made with too little \
                   quality control. The overview names this unevenness as the main risk in the \
                   exosome market" }
                { overview() }
                { ". The simplest protection is to ask your clinic for the lot’s particle \
                   count, size distribution and surface markers (see " }
                <a href="#source-cell">{ "Why the source cell matters" }</a>
                { "). A reputable practitioner should be able to answer." }
            </p>
        </details>
    }
}

fn section_regulation() -> Html {
    html! {
        <details id="regulation" class="content-section explainer-fold">
            <summary><h2>{ "Regulation in the US (2026)" }</h2></summary>
            <ul>
                <li>
                    { "In 2026 the FDA had not fully approved any exosome product, whether \
                       as a drug or as a biologic, for aesthetic treatment" }
                    { overview() }
                    { ". The FDA itself has said that there are no FDA-approved exosome \
                       products, and that exosomes used to treat diseases or conditions in \
                       people are regulated as drugs and biological products that need FDA \
                       review and approval before they are sold" }
                    { cite(SRC_FDA_NOTIFICATION, "FDA, 6 December 2019") }
                    { cite(SRC_FDA_CONSUMER, "FDA, 22 July 2020") }
                    { "." }
                </li>
                <li>
                    { "According to the overview, FDA guidance indicates that preparations \
                       made from human or animal cells are likely to need an Investigational \
                       New Drug (IND) application, the route for testing an unapproved product \
                       in people under FDA oversight" }
                    { overview() }
                    { "." }
                </li>
                <li>
                    { "So if a US clinic offers to inject exosomes, what it offers sits in a \
                       regulatory grey zone, and you deserve to know that before you decide" }
                    { overview() }
                    { "." }
                </li>
                <li>
                    { "Exosome products made to go on the skin and sold without any medical \
                       claim fall under the rules for cosmetics and personal-care products, and \
                       they are more widely available" }
                    { overview() }
                    { ". Being sold as a cosmetic does not mean a product has been approved as \
                       a treatment, and a product that claims to treat a condition, such as hair \
                       loss, is no longer in that category. We found no FDA document that deals specifically with \
                       exosomes applied to the skin after microneedling." }
                </li>
            </ul>

            <h3>{ "What the FDA suggests you do" }</h3>
            <ul>
                <li>
                    { "Ask whether the FDA has reviewed the treatment, and ask for its IND \
                       number" }
                    { cite(SRC_FDA_MEDWATCH, "FDA MedWatch, 9 December 2019") }
                    { "." }
                </li>
                <li>
                    { "If you have a side effect, you can report it to the FDA’s MedWatch \
                       programme" }
                    { cite(SRC_FDA_CONSUMER, "FDA, 22 July 2020") }
                    { "." }
                </li>
                <li>
                    { "Treat it as a warning sign if you are asked to pay for an unapproved \
                       product outside a clinical trial" }
                    { cite(SRC_FDA_PATIENT, "FDA patient and consumer information") }
                    { "." }
                </li>
            </ul>

            <h3>{ "The FDA documents" }</h3>
            <ul>
                <li>
                    { external(URL_FDA_NOTIFICATION, "Public Safety Notification on Exosome Products") }
                    { ", US Food and Drug Administration, 6 December 2019." }
                </li>
                <li>
                    { external(URL_FDA_MEDWATCH, "Public Safety Alert Due to Marketing of Unapproved Stem Cell and Exosome Products") }
                    { ", US Food and Drug Administration (MedWatch), 9 December 2019." }
                </li>
                <li>
                    { external(URL_FDA_CONSUMER, "Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes") }
                    { ", US Food and Drug Administration, 22 July 2020." }
                </li>
                <li>
                    { external(URL_FDA_PATIENT, "Important Patient and Consumer Information About Regenerative Medicine Therapies") }
                    { ", US Food and Drug Administration; date not confirmed on the page \
                       (a repost dates it June 2021)." }
                </li>
            </ul>
        </details>
    }
}

fn section_faq() -> Html {
    html! {
        <section id="faq" class="content-section">
            <h2>{ "Questions people ask" }</h2>
            <div class="faq">
                <details>
                    <summary>{ "Are exosome treatments FDA-approved?" }</summary>
                    <p>
                        { "No. As of 2026 no exosome product has full FDA approval for \
                           aesthetic use" }
                        { overview() }
                        { ", and the FDA has stated that no exosome product is approved" }
                        { cite(SRC_FDA_CONSUMER, "FDA, 22 July 2020") }
                        { ". Injected preparations made from human cells are likely to need an \
                           IND application, while products put on the skin without a medical \
                           claim are sold as cosmetics" }
                        { overview() }
                        { ". Ask your clinic about the status of the exact product they plan \
                           to use. More in " }
                        <a href="#regulation">{ "Regulation in the US" }</a>
                        { "." }
                    </p>
                </details>
                <details>
                    <summary>{ "How are exosomes different from PRP?" }</summary>
                    <p>
                        { "The difference is where the material comes from. For PRP \
                           (platelet-rich plasma), a clinic draws your blood and concentrates \
                           your plasma, whose platelets release growth factors; nothing from \
                           another person goes in, and the rules for it are settled. An \
                           exosome product is made in a factory from a donor’s cells, and its \
                           vesicles can carry more kinds of cargo: growth factors, but also \
                           microRNA and messenger RNA. Each aims at regeneration in its own way" }
                        { overview() }
                        { "." }
                    </p>
                </details>
                <details>
                    <summary>{ "How many treatments will I need?" }</summary>
                    <p>
                        { "A typical plan begins with 2–3 treatments. If your treatment \
                           pairs exosomes with microneedling, it may be given monthly for 3 \
                           months. Give each treatment time: results may keep developing for \
                           4–6 weeks afterwards" }
                        { overview() }
                        { ". Your clinician will suggest a plan for your skin." }
                    </p>
                </details>
                <details>
                    <summary>{ "Why do prices vary so much?" }</summary>
                    <p>
                        { "The overview puts the spread down to the many different products \
                           and protocols on offer" }
                        { overview() }
                        { ". The figures it gives: $600–$1,500 for one session of \
                           microneedling with exosomes; $2,000–$4,000, typically, for 3 such \
                           sessions; and $3,000–$6,000 per treatment for a high-potency \
                           MSC-derived injectable at specialist practices, which it says such \
                           a product “may” cost" }
                        { overview() }
                        { ". Every other price in this estimator is derived from these by a \
                           rule it states next to the figure" }
                        { ". The overview gives no price for exosomes after fractional laser \
                           or for scalp treatment, so neither does this estimator." }
                    </p>
                    <p>
                        { "The overview links part of the spread to differences in product \
                           quality, and asks that a price lead to questions about how the \
                           product is characterised, not away from them" }
                        { overview() }
                        { ". So whatever the price, ask for the lot’s data." }
                    </p>
                    <p>
                        { "We found no peer-reviewed or professional-society survey of exosome \
                           prices. A 2023 study of a related field, cosmetic surgery, found \
                           that the prices 66 practices posted publicly were mostly higher than \
                           national fee-survey averages" }
                        { cite(SRC_ASJ, "Aesthetic Surgery Journal, 2023") }
                        { ". That is one reason this estimator shows ranges with their sources \
                           rather than a single “average” price." }
                    </p>
                </details>
                <details>
                    <summary>{ "Does this estimator send my answers anywhere?" }</summary>
                    <p>
                        { "No. The estimator runs entirely in your browser. Nothing you enter \
                           is sent anywhere, stored or tracked." }
                    </p>
                </details>
            </div>
        </section>
    }
}

fn section_sources() -> Html {
    html! {
        <details id="sources" class="content-section explainer-fold">
            <summary><h2>{ "Sources" }</h2></summary>
            <p>
                { "Each price, recovery time and schedule figure in this estimator is \
                   either quoted from the overview (2026) or derived from its figures by a \
                   rule stated next to it; each is marked as one or the other. None is a \
                   quote: ask each clinic for its own written price." }
            </p>
            <ol class="sources">
                <li id="source-overview">
                    { "RegenClinics.org (2026), an overview article on exosome therapy in \
                       aesthetic and regenerative medicine. RegenClinics.org is a directory \
                       that lists clinics (one verified specialist per city), not a medical \
                       journal or a regulator. It is the source of every default price, \
                       downtime and treatment-schedule figure. The copy we used carries no \
                       title of its own and no web address." }
                </li>
                <li id="source-fda-notification-2019">
                    { external(URL_FDA_NOTIFICATION, "Public Safety Notification on Exosome Products") }
                    { ", US Food and Drug Administration, 6 December 2019." }
                </li>
                <li id="source-fda-medwatch-2019">
                    { external(URL_FDA_MEDWATCH, "Public Safety Alert Due to Marketing of Unapproved Stem Cell and Exosome Products") }
                    { ", US Food and Drug Administration (MedWatch), 9 December 2019." }
                </li>
                <li id="source-fda-consumer-alert-2020">
                    { external(URL_FDA_CONSUMER, "Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes") }
                    { ", US Food and Drug Administration, 22 July 2020." }
                </li>
                <li id="source-fda-patient-information">
                    { external(URL_FDA_PATIENT, "Important Patient and Consumer Information About Regenerative Medicine Therapies") }
                    { ", US Food and Drug Administration; date not confirmed on the page \
                       (a repost dates it June 2021)." }
                </li>
                <li id="source-misev2018">
                    { "Théry C, Witwer KW, et al. MISEV2018, guidelines of the International \
                       Society for Extracellular Vesicles. " }
                    <cite>{ "Journal of Extracellular Vesicles" }</cite>
                    { " 2018;7(1):1535750. " }
                    { external(URL_MISEV2018, "doi:10.1080/20013078.2018.1535750") }
                </li>
                <li id="source-misev2023">
                    { "Welsh JA, et al. MISEV2023, guidelines of the International Society \
                       for Extracellular Vesicles. " }
                    <cite>{ "Journal of Extracellular Vesicles" }</cite>
                    { " 2024;13(2):e12404. " }
                    { external(URL_MISEV2023, "doi:10.1002/jev2.12404") }
                </li>
                <li id="source-asj-2023">
                    { "Study of publicly posted cosmetic-surgery prices at 66 practices. " }
                    <cite>{ "Aesthetic Surgery Journal" }</cite>
                    { " 2023;43(9):1036." }
                </li>
            </ol>
        </details>
    }
}
