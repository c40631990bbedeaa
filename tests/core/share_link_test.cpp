// Spec §5: share links carry the minimal scenario, both payload forms read
// back, and nothing a stranger sends can crash the reader or load partly.
#include <gtest/gtest.h>

#include "passaparola/share_link.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

Scenario scenario_of(const Json& doc) {
    auto scenario = read_scenario(doc);
    EXPECT_TRUE(scenario) << scenario.message();
    return scenario ? scenario.value() : default_scenario(ScenarioKind::program);
}

Scenario decoded(std::string_view payload) {
    auto scenario = decode_share_payload(payload);
    EXPECT_TRUE(scenario) << scenario.message();
    return scenario ? scenario.value() : Scenario{};
}

std::string refusal(std::string_view payload) {
    const auto scenario = decode_share_payload(payload);
    EXPECT_FALSE(scenario) << "accepted: " << payload.substr(0, 80);
    return scenario.message();
}

// The JSON a payload carries, decoded by hand from its prefix.
Json payload_json(std::string_view payload) {
    const auto bytes = base64url_decode(payload.substr(3));
    EXPECT_TRUE(bytes) << bytes.message();
    if (!bytes) return Json();
    if (payload.starts_with("v1.")) return Json::parse(*bytes);
    const auto inflated = inflate_raw(*bytes, kMaxPayloadDecodedBytes);
    EXPECT_TRUE(inflated) << inflated.message();
    return inflated ? Json::parse(*inflated) : Json();
}

std::string plain_payload(const std::string& json) { return "v1." + base64url_encode(json); }
std::string deflated_payload(const std::string& json) { return "z1." + base64url_encode(deflate_raw(json)); }

const Json kVcp = document("vcp", {{"target_partners", 4},
                                   {"contacts",
                                    {{{"name", "🍕 Pizzeria Da Gennaro 🍕"},
                                      {"traits", {"connector", "raving_fan"}},
                                      {"mine", {{"knows_business", true}, {"referrals_per_quarter", 3}}}},
                                     {{"name", "Äänekosken Öljy ja Sähkö"}, {"theirs", {{"trusts_competence", true}}}},
                                     {{"name", "Caffè Perché Città — Società"}}}}});
const Json kProgram = document("program", {{"customers", 1200},
                                           {"program_type", "community"},
                                           {"referred_refer", false},
                                           {"currency", "CHF"},
                                           {"horizon_months", 24.0}});
const Json kGiftCard = document("gift_card", {{"waves", 12}, {"card_value", 25}});

TEST(ShareLinkRoundTrip, EveryKindComesBackTheSame) {
    for (const Json& doc : {kVcp, kProgram, kGiftCard, document("program"), document("vcp")}) {
        const Scenario original = scenario_of(doc);
        const Json written = write_scenario(original);
        EXPECT_EQ(write_scenario(decoded(encode_share_payload(original).value())), written);
        // Both forms, whichever the writer picks.
        const std::string json = write_scenario(original, Defaults::omit).dump();
        EXPECT_EQ(write_scenario(decoded(plain_payload(json))), written);
        EXPECT_EQ(write_scenario(decoded(deflated_payload(json))), written);
    }
}

TEST(ShareLinkRoundTrip, KeepsUnicodeNamesByteForByte) {
    const Scenario back = decoded(encode_share_payload(scenario_of(kVcp)).value());
    const auto& contacts = std::get<VcpInputs>(back.inputs).contacts;
    ASSERT_EQ(contacts.size(), 3u);
    EXPECT_EQ(contacts[0].name, "🍕 Pizzeria Da Gennaro 🍕");
    EXPECT_EQ(contacts[1].name, "Äänekosken Öljy ja Sähkö");
    EXPECT_EQ(contacts[2].name, "Caffè Perché Città — Società");
}

TEST(ShareLinkRoundTrip, CarriesUncertainty) {
    Json doc = kProgram;
    doc["uncertainty"] = {{"conversion_rate", {{"low", 0.05}, {"likely", 0.1}, {"high", 0.3}}}};
    const Scenario original = scenario_of(doc);
    EXPECT_EQ(write_scenario(decoded(encode_share_payload(original).value())), write_scenario(original));
}

TEST(ShareLinkContent, OmitsDefaultsAndNeverHoldsResults) {
    const Json carried = payload_json(encode_share_payload(scenario_of(kProgram)).value());
    EXPECT_EQ(carried, Json::parse(R"({"schema":"passaparola/1","kind":"program","inputs":{"currency":"CHF",
        "program_type":"community","horizon_months":24,"customers":1200,"referred_refer":false}})"));
    EXPECT_EQ(payload_json(encode_share_payload(default_scenario(ScenarioKind::gift_card)).value()),
              Json::parse(R"({"schema":"passaparola/1","kind":"gift_card","inputs":{}})"));
    const Json vcp = payload_json(encode_share_payload(scenario_of(kVcp)).value());
    EXPECT_FALSE(vcp.contains("result"));
    // A contact keeps its name; its untouched direction and empty traits are left out.
    EXPECT_EQ(vcp["inputs"]["contacts"][2], Json({{"name", "Caffè Perché Città — Società"}}));
    EXPECT_EQ(vcp["inputs"]["contacts"][1],
              Json::parse(R"({"name":"Äänekosken Öljy ja Sähkö","theirs":{"trusts_competence":true}})"));
}

TEST(ShareLinkContent, TheShorterFormIsChosen) {
    // Even the smallest documents compress a little (their keys repeat), so the
    // writer's choice is checked against both forms rather than by its prefix.
    Json contacts = Json::array();
    for (int i = 0; i < 40; ++i) contacts.push_back({{"name", "Contatto " + std::to_string(i)}, {"traits", {"maven"}}});
    const Json many = document("vcp", {{"contacts", contacts}});
    for (const Json& doc :
         {many, kVcp, kProgram, kGiftCard, document("vcp"), document("program", {{"customers", 7}})}) {
        const Scenario s = scenario_of(doc);
        const std::string json = write_scenario(s, Defaults::omit).dump();
        const std::string plain = plain_payload(json);
        const std::string deflated = deflated_payload(json);
        const std::string chosen = encode_share_payload(s).value();
        EXPECT_EQ(chosen.size(), std::min(plain.size(), deflated.size())) << json;
        EXPECT_EQ(chosen, deflated.size() < plain.size() ? deflated : plain);
    }
}

TEST(ShareLinkParsing, AcceptsPayloadFragmentOrWholeLink) {
    const Scenario s = scenario_of(kGiftCard);
    const std::string payload = encode_share_payload(s).value();
    const Json written = write_scenario(s);
    for (const std::string& form :
         {payload, "s=" + payload, "#s=" + payload, "https://example.com/calcolatore/?lang=it#s=" + payload,
          "https://example.com/#view=chart&s=" + payload + "&lang=fi", "  " + payload + "\n"}) {
        EXPECT_EQ(write_scenario(decoded(form)), written) << form;
    }
    const std::string link = make_share_link(s, "https://esempio.it/passaparola#old").value();
    EXPECT_EQ(link, "https://esempio.it/passaparola#s=" + payload);
    EXPECT_EQ(write_scenario(decoded(link)), written);
}

// A document of exactly `size` bytes: an ignored member pads a valid scenario.
std::string document_of_size(std::size_t size) {
    const std::string head = R"({"schema":"passaparola/1","kind":"program","pad":")";
    const std::string tail = "\"}";
    return head + std::string(size - head.size() - tail.size(), 'x') + tail;
}

TEST(ShareLinkLimit, SixtyFourKibDecodedPassesOneByteMoreDoesNot) {
    const std::string at_limit = document_of_size(kMaxPayloadDecodedBytes);
    const std::string over = document_of_size(kMaxPayloadDecodedBytes + 1);
    ASSERT_EQ(at_limit.size(), 65536u);
    EXPECT_TRUE(decode_share_payload(plain_payload(at_limit)));
    EXPECT_TRUE(decode_share_payload(deflated_payload(at_limit)));
    EXPECT_EQ(refusal(plain_payload(over)), "link: must hold at most 64 KiB (got 87383 characters)");
    EXPECT_EQ(refusal(deflated_payload(over)), "link: must hold at most 64 KiB once decompressed (got more)");
}

TEST(ShareLinkLimit, ADeflateBombIsRefusedBeforeItInflates) {
    const std::string bomb = deflate_raw(std::string(16 << 20, '{'));  // 16 MiB in a few KB
    ASSERT_LT(bomb.size(), 40000u);
    EXPECT_EQ(refusal("z1." + base64url_encode(bomb)), "link: must hold at most 64 KiB once decompressed (got more)");
    // Cut the bomb in half: inflating it in full would end in a cut-off error,
    // so the size error proves the reader stopped at the limit.
    const auto half = inflate_raw(bomb.substr(0, bomb.size() / 2), kMaxPayloadDecodedBytes);
    ASSERT_FALSE(half);
    EXPECT_EQ(half.message(), "link: must hold at most 64 KiB once decompressed (got more)");
    EXPECT_FALSE(inflate_raw(bomb.substr(0, bomb.size() / 2), 100u << 20))
        << "the half bomb is damaged data when inflated in full";
}

TEST(ShareLinkRefusal, BadPrefixOrBase64) {
    EXPECT_EQ(refusal(""), "link: must start with v1. or z1. (got nothing)");
    EXPECT_EQ(refusal("x1.eyJ9"), "link: must start with v1. or z1. (got x1.eyJ9)");
    EXPECT_EQ(refusal("https://example.com/#s=v2.eyJzY2hlbWEiOjF9"),
              "link: must start with v1. or z1. (got v2.eyJzY2hlb…)");
    EXPECT_EQ(refusal("v1.eyJ@"), "link: must be base64url text (got a stray character at position 4)");
    EXPECT_EQ(refusal("v1.eyJ9+w"), "link: must be base64url text (got a stray character at position 5)");
    EXPECT_EQ(refusal("v1.eyJ9=="), "link: must be base64url text (got a stray character at position 5)");
    EXPECT_EQ(refusal("v1.e"), "link: must be base64url text (got a length of 1)");
    EXPECT_EQ(refusal("v1.eyJ"), "link: must be base64url text (got stray bits at the end)");
}

TEST(ShareLinkRefusal, DamagedCompressedData) {
    const std::string payload = encode_share_payload(scenario_of(kVcp)).value();
    ASSERT_TRUE(payload.starts_with("z1."));
    // Whole base64 quanta, so the base64 itself stays well formed.
    const std::string cut = payload.substr(0, 3 + (payload.size() - 3) / 2 / 4 * 4);
    EXPECT_TRUE(refusal(cut).starts_with("link: must be raw DEFLATE data (got ")) << refusal(cut);
    // Flip characters one at a time: each result is refused or loads a valid scenario, never a crash.
    for (std::size_t i = 3; i < payload.size(); ++i) {
        std::string garbled = payload;
        garbled[i] = garbled[i] == 'A' ? '_' : 'A';
        const auto result = decode_share_payload(garbled);
        if (result) {
            EXPECT_TRUE(evaluate(*result)) << garbled;
        } else {
            EXPECT_FALSE(result.problems().empty());
        }
    }
    EXPECT_TRUE(
        refusal("z1." + base64url_encode("\xff\xff\xff\xff")).starts_with("link: must be raw DEFLATE data (got "));
    EXPECT_TRUE(refusal("z1." + base64url_encode(deflate_raw(R"({"schema":"passaparola/1","kind":"vcp"})") + "junk"))
                    .starts_with("link: must be raw DEFLATE data"));
}

TEST(ShareLinkRefusal, AnInvalidDocumentInAValidLink) {
    EXPECT_EQ(refusal(plain_payload(R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":-5}})")),
              "inputs.customers: must be between 0 and 1000000000 (got -5)");
    EXPECT_TRUE(refusal(plain_payload("not json")).starts_with("document: must be valid JSON"));
    EXPECT_EQ(refusal(deflated_payload("[]")), "document: must be a JSON object (got an array)");
}

TEST(Base64Url, MatchesRfc4648Vectors) {
    // RFC 4648 §10 test vectors, without padding, plus the two URL-safe letters.
    const std::pair<std::string, std::string> vectors[] = {
        {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},          {"foo", "Zm9v"},
        {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}, {"\xfb\xff", "-_8"}};
    for (const auto& [bytes, text] : vectors) {
        EXPECT_EQ(base64url_encode(bytes), text);
        const auto back = base64url_decode(text);
        ASSERT_TRUE(back) << text;
        EXPECT_EQ(*back, bytes);
    }
}

// The links of the program examples that predate the December additions to
// spec §2, as the core wrote them before (commit eed5039): a document using
// none of the new inputs must produce exactly the link it produced before.
TEST(ShareLinkContent, TheProgramExamplesKeepTheLinksTheyHadBeforeTheNewInputs) {
    const std::pair<const char*, const char*> kLinks[] = {
        {"program-defaults", "z1.q1YqTs5IzU1UslIqSCwuTixILMrPSdQ3VNJRys7MSwEJF-WnFyXmAgUy8wpKS4qVrKprawE"},
        {"program-community",
         "z1.NcvRCsIwDEDRf8lz0U4UdD9TQlds2ZqUNhW2sX83E3w93LtD8zFkhBEKtoYFKy94HcDAnGg6ufK7YlZIVLo0GPe_OVlL0MRzzp2SrBpFrmljcplJosa3u4GJCSUptohVB3sZDOAioZ7-Cc6jh_FlL1aZqOPiptQ8dxJXUX6HfRjIWOcgrqVN6WkVj-ML"},
        {"program-costless",
         "z1.VcxNCgIxDEDhu2Rdxyq46WVKmKZOsX8kqSLD3N0RFHH7PXgryLxQQXDQUQQ7cst4PIGBW6rhzdyujGWHVPtQAbcCUyRmCv6OeZAfPaeo4A52Ol_Mt7JneiDvDztZA5ET1fBvQjq6n5voB0qruuTnj7btBQ"},
        {"program-small-market",
         "z1.FcgxDoQgEAXQu_yauFi4BZchEyVCWBgygxYa7y7bvOLd0DWGQnBopEqNhH_0mWGQU93-LbwLlRGptqMr3I3Iki6uvnDtcczXgLaTV-rBywDOTotBIcmhe03XmNlO9nle"},
    };
    for (const auto& [name, link] : kLinks) {
        const std::string path = std::string(PASSAPAROLA_SPEC_EXAMPLES) + "/" + name + ".json";
        const auto scenario = parse_scenario(read_text_file(path));
        ASSERT_TRUE(scenario) << path << ": " << scenario.message();
        const auto payload = encode_share_payload(*scenario);
        ASSERT_TRUE(payload) << name;
        EXPECT_EQ(*payload, link) << name;
        // Naming the new inputs at their defaults changes nothing in the link.
        Json explicit_doc = Json::parse(read_text_file(path));
        explicit_doc["inputs"]["conversion_lag_months"] = 0;
        explicit_doc["inputs"]["fee_per_conversion"] = 0.0;
        explicit_doc["inputs"]["tail_months"] = 0;
        EXPECT_EQ(encode_share_payload(scenario_of(explicit_doc)).value(), link) << name;
        // And the link reads back to the same figures.
        EXPECT_EQ(evaluate(decoded(*payload)).value().dump(), evaluate(*scenario).value().dump()) << name;
    }
}

}  // namespace

TEST(ShareLinkLimit, AScenarioTooLargeForALinkGetsNoLink) {
    VcpInputs portfolio;
    for (int i = 0; i < 500; ++i) {
        Contact c;
        c.name = std::string(70, 'a') + std::to_string(i);  // distinct, so DEFLATE cannot fold them away
        c.mine = {true, true, true, true, 3.25 + i};
        c.theirs = {true, false, true, true, 1.5 + i};
        c.traits = {"connector", "maven", "doer"};
        portfolio.contacts.push_back(c);
    }
    const Scenario scenario{portfolio, {}};
    ASSERT_GT(write_scenario(scenario, Defaults::omit).dump().size(), kMaxPayloadDecodedBytes);
    const auto payload = encode_share_payload(scenario);
    ASSERT_FALSE(payload);
    EXPECT_EQ(payload.problems().front().path, "link");
    EXPECT_FALSE(make_share_link(scenario, "https://esempio.it/"));
    // Trimmed to a size a link can carry, the same portfolio shares and reopens.
    portfolio.contacts.resize(100);
    const Scenario smaller{portfolio, {}};
    EXPECT_EQ(write_scenario(decode_share_payload(encode_share_payload(smaller).value()).value()),
              write_scenario(smaller));
}

}  // namespace passaparola::test
