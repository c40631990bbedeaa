// Numbers as Italian, Finnish and English readers write them.
#include <gtest/gtest.h>

#include "i18n/number_format.hpp"

namespace passaparola::i18n {
namespace {

const std::string nbsp = "\xC2\xA0";

TEST(NumberFormat, GroupsThousandsAndPlacesTheDecimalMarkPerLanguage) {
    EXPECT_EQ(NumberFormat("it").number(1234567.891, 2), "1.234.567,89");
    EXPECT_EQ(NumberFormat("en").number(1234567.891, 2), "1,234,567.89");
    EXPECT_EQ(NumberFormat("fi").number(1234567.891, 2), "1" + nbsp + "234" + nbsp + "567,89");
}

TEST(NumberFormat, SmallAndRoundNumbers) {
    const NumberFormat it("it");
    EXPECT_EQ(it.number(0, 0), "0");
    EXPECT_EQ(it.number(999, 0), "999");
    EXPECT_EQ(it.number(1000, 0), "1.000");
    EXPECT_EQ(it.number(0.5, 1), "0,5");
    EXPECT_EQ(it.number(999.996, 2), "1.000,00");
}

TEST(NumberFormat, NegativeNumbersAndNoMinusZero) {
    const NumberFormat en("en");
    EXPECT_EQ(en.number(-1234.5, 1), "-1,234.5");
    EXPECT_EQ(en.number(-0.001, 2), "0.00");
}

TEST(NumberFormat, Percent) {
    EXPECT_EQ(NumberFormat("it").percent(0.155, 1), "15,5%");
    EXPECT_EQ(NumberFormat("en").percent(0.155, 1), "15.5%");
    EXPECT_EQ(NumberFormat("fi").percent(0.155, 1), "15,5" + nbsp + "%");
    EXPECT_EQ(NumberFormat("en").percent(-0.25, 0), "-25%");
}

TEST(NumberFormat, MoneyFollowsEachLanguagesPattern) {
    EXPECT_EQ(NumberFormat("it").money(1234.5, "EUR", 2), "1.234,50" + nbsp + "\xE2\x82\xAC");
    EXPECT_EQ(NumberFormat("fi").money(1234.5, "EUR", 2), "1" + nbsp + "234,50" + nbsp + "\xE2\x82\xAC");
    EXPECT_EQ(NumberFormat("en").money(1234.5, "EUR", 2), "\xE2\x82\xAC" "1,234.50");
    EXPECT_EQ(NumberFormat("en").money(-12, "USD", 0), "-$12");
    EXPECT_EQ(NumberFormat("en").money(12, "SEK", 0), "SEK" + nbsp + "12");
    EXPECT_EQ(NumberFormat("it").money(12, "SEK", 0), "12" + nbsp + "SEK");
}

TEST(NumberFormat, PlainHasNoGrouping) {
    EXPECT_EQ(NumberFormat("it").plain(1234.5, 2), "1234,50");
    EXPECT_EQ(NumberFormat("en").plain(-1234.5, 1), "-1234.5");
}

TEST(NumberFormat, UnknownLanguageIsEnglishAndNonFiniteIsADash) {
    EXPECT_EQ(NumberFormat("de").language(), "en");
    EXPECT_EQ(NumberFormat("de").number(1000, 0), "1,000");
    EXPECT_EQ(NumberFormat("it").number(std::numeric_limits<double>::infinity(), 0), "\xE2\x80\x94");
}

TEST(CurrencySymbol, KnownSignsElseTheCode) {
    EXPECT_EQ(currency_symbol("GBP"), "\xC2\xA3");
    EXPECT_EQ(currency_symbol("CHF"), "CHF");
}

}  // namespace
}  // namespace passaparola::i18n
