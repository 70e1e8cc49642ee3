using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Domain.UnitTests.Talents;

public sealed class IdentityDocumentRulesTests
{
    [Theory]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "440402199203150015")]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "11010519491231002X")]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "11010519491231002x")]
    [InlineData(IdentityDocumentType.HongKongMacaoTaiwanResidencePermit, "810000199501010031")]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H1234567800")]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "M12345678")]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "911560200608120015")]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "USA440107120001")]
    public void Validate_WhenTheNumberFollowsItsTypesRule_ReturnsNone(IdentityDocumentType type, string number) =>
        Assert.Equal(IdentityNumberError.None, IdentityDocumentRules.Validate(type, number));

    [Theory]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "440402199203150016", IdentityNumberError.WrongCheckCharacter)]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "44040219920315001", IdentityNumberError.WrongLength)]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "4404021992031500A5", IdentityNumberError.IllegalCharacter)]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "440402199213150015", IdentityNumberError.InvalidBirthDate)]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "810000199501010031", IdentityNumberError.WrongPrefix)]
    [InlineData(IdentityDocumentType.ResidentIdentityCard, "940402199203150015", IdentityNumberError.WrongPrefix)]
    [InlineData(IdentityDocumentType.HongKongMacaoTaiwanResidencePermit, "440402199203150015", IdentityNumberError.WrongPrefix)]
    [InlineData(IdentityDocumentType.HongKongMacaoTaiwanResidencePermit, "810000199501010032", IdentityNumberError.WrongCheckCharacter)]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "X1234567800", IdentityNumberError.WrongPrefix)]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H123456780", IdentityNumberError.WrongLength)]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H12345678A0", IdentityNumberError.IllegalCharacter)]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "811560200608120015", IdentityNumberError.WrongPrefix)]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "911560200608120016", IdentityNumberError.WrongCheckCharacter)]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "US1440107120001", IdentityNumberError.IllegalCharacter)]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentIdCard, "USA44010712000", IdentityNumberError.WrongLength)]
    public void Validate_WhenTheNumberBreaksItsTypesRule_SaysHow(IdentityDocumentType type, string number, IdentityNumberError expected) =>
        Assert.Equal(expected, IdentityDocumentRules.Validate(type, number));

    [Fact]
    public void MatchKey_OfARenewedTravelPermit_IsTheHoldersLifetimeNumber()
    {
        var first = IdentityDocumentRules.MatchKey(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H1234567800");
        var renewed = IdentityDocumentRules.MatchKey(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H1234567801");

        Assert.Equal(first, renewed);
        Assert.Equal("H12345678", first);
    }

    [Fact]
    public void BirthDateOf_ReadsResidentFormatNumbersOnly()
    {
        Assert.Equal(new DateOnly(1992, 3, 15), IdentityDocumentRules.BirthDateOf(IdentityDocumentType.ResidentIdentityCard, "440402199203150015"));
        Assert.Equal(new DateOnly(1995, 1, 1), IdentityDocumentRules.BirthDateOf(IdentityDocumentType.HongKongMacaoTaiwanResidencePermit, "810000199501010031"));
        Assert.Null(IdentityDocumentRules.BirthDateOf(IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents, "H1234567800"));
    }

    [Fact]
    public void Mod112_IsTheGb11643Algorithm()
    {
        // The worked example of GB 11643-1999: 11010519491231002 → X.
        Assert.Equal('X', IdentityDocumentRules.Mod112CheckCharacter("11010519491231002"));
    }
}
