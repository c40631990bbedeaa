// Numbers as Italian, Finnish and English readers write them. The expected
// texts are those of Intl.NumberFormat (Node 20's ICU) for it-IT, en-GB and
// fi-FI; tests/web/number-format.test.mjs compares the two faces at large.
#include <gtest/gtest.h>

#include <limits>

#include "i18n/number_format.hpp"

namespace passaparola::i18n {
namespace {

const std::string nbsp = "\xC2\xA0";
const std::string minus = "\xE2\x88\x92";  // U+2212, as Finnish writes it
const std::string euro = "\xE2\x82\xAC";

TEST(NumberFormat, GroupsThousandsAndPlacesTheDecimalMarkPerLanguage) {
    EXPECT_EQ(NumberFormat("it").number(1234567.891, 2), "1.234.567,89");
    EXPECT_EQ(NumberFormat("en").number(1234567.891, 2), "1,234,567.89");
    EXPECT_EQ(NumberFormat("fi").number(1234567.891, 2), "1" + nbsp + "234" + nbsp + "567,89");
}

TEST(NumberFormat, ItalianGroupsFromFiveDigits) {
    const NumberFormat it("it");
    EXPECT_EQ(it.number(1234, 0), "1234");
    EXPECT_EQ(it.number(12345, 0), "12.345");
    EXPECT_EQ(NumberFormat("en").number(1234, 0), "1,234");
}

TEST(NumberFormat, RoundsTheShortestDecimalHalfAwayFromZero) {
    const NumberFormat en("en");
    EXPECT_EQ(en.number(0.125, 2), "0.13");  // printf's %.2f gives 0.12
    EXPECT_EQ(en.number(999.996, 2), "1,000.00");
    EXPECT_EQ(en.number(0, 0), "0");
    EXPECT_EQ(en.number(0.5, 1), "0.5");
}

TEST(NumberFormat, NegativeNumbersKeepTheirSignAsIntlDoes) {
    EXPECT_EQ(NumberFormat("en").number(-1234.5, 1), "-1,234.5");
    EXPECT_EQ(NumberFormat("fi").number(-1234.5, 1), minus + "1" + nbsp + "234,5");
    EXPECT_EQ(NumberFormat("en").number(-0.001, 2), "-0.00");
    EXPECT_EQ(NumberFormat("en").number(-0.0, 0), "-0");
    EXPECT_EQ(NumberFormat("en").number(-0.004), "-0");
}

TEST(NumberFormat, Percent) {
    EXPECT_EQ(NumberFormat("it").percent(0.155, 1), "15,5%");
    EXPECT_EQ(NumberFormat("en").percent(0.155, 1), "15.5%");
    EXPECT_EQ(NumberFormat("fi").percent(0.155, 1), "15,5" + nbsp + "%");
    EXPECT_EQ(NumberFormat("en").percent(-0.25, 0), "-25%");
}

TEST(NumberFormat, MoneyFollowsEachLanguagesPattern) {
    EXPECT_EQ(NumberFormat("it").money(1234.5, "EUR", 2), "1234,50" + nbsp + euro);
    EXPECT_EQ(NumberFormat("fi").money(1234.5, "EUR", 2), "1" + nbsp + "234,50" + nbsp + euro);
    EXPECT_EQ(NumberFormat("en").money(1234.5, "EUR", 2), euro + "1,234.50");
    EXPECT_EQ(NumberFormat("en").money(-12, "USD", 0), "-US$12");
}

TEST(NumberFormat, ACurrencyWithoutPatternsShowsItsCode) {
    EXPECT_EQ(NumberFormat("en").money(1234, "NOK", 0), "NOK" + nbsp + "1,234");
    EXPECT_EQ(NumberFormat("it").money(1234, "NOK", 0), "1234" + nbsp + "NOK");
    EXPECT_EQ(NumberFormat("fi").money(-1234, "NOK", 0), minus + "1" + nbsp + "234" + nbsp + "NOK");
}

TEST(NumberFormat, FiguresShowFewerDigitsAsTheyGrow) {
    const NumberFormat it("it");
    EXPECT_EQ(it.money(1.5, "EUR"), "1,50" + nbsp + euro);
    EXPECT_EQ(it.money(12, "EUR"), "12" + nbsp + euro);
    EXPECT_EQ(it.money(99.994, "EUR"), "99,99" + nbsp + euro);
    EXPECT_EQ(it.money(2095.4, "EUR"), "2095" + nbsp + euro);
    EXPECT_EQ(it.number(1.256), "1,26");
    EXPECT_EQ(it.number(12.25), "12,3");
    EXPECT_EQ(it.number(-12.25), "-12,2");  // halves towards +∞, as the widget's Math.round
    EXPECT_EQ(it.number(1250.4), "1250");
    EXPECT_EQ(it.percent(0.0125), "1,25%");
    EXPECT_EQ(it.percent(0.155), "15,5%");
    EXPECT_EQ(it.integer(2.5), "3");
}

TEST(NumberFormat, PlainHasNoGrouping) {
    EXPECT_EQ(NumberFormat("it").plain(1234.5, 2), "1234,50");
    EXPECT_EQ(NumberFormat("fi").plain(123456.5, 1), "123456,5");
    EXPECT_EQ(NumberFormat("en").plain(-1234.5, 1), "-1234.5");
}

TEST(NumberFormat, UnknownLanguageIsEnglishAndNonFiniteIsADash) {
    EXPECT_EQ(NumberFormat("de").language(), "en");
    EXPECT_EQ(NumberFormat("de").number(1000, 0), "1,000");
    EXPECT_EQ(NumberFormat("it").number(std::numeric_limits<double>::infinity(), 0), "\xE2\x80\x94");
    EXPECT_EQ(NumberFormat("it").decimal_separator(), ',');
}

}  // namespace
}  // namespace passaparola::i18n
