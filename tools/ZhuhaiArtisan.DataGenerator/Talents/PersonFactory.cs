using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.People;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// People as the registry sees them. Nearly all hold a resident identity card, about a third of
/// them born in Zhuhai; the rest carry a Hong Kong, Macao or Taiwan residence permit, a travel
/// permit, or a foreign permanent resident card. Name, sex and birth date agree with the number.
/// </summary>
internal sealed class PersonFactory(DateOnly asOf)
{
    private readonly IdentityNumberFactory _numbers = new();

    public GeneratedPerson Create(Random random, bool student)
    {
        var type = random.NextDouble() switch
        {
            < 0.974 => IdentityDocumentType.ResidentIdentityCard,
            < 0.984 => IdentityDocumentType.HongKongMacaoTaiwanResidencePermit,
            < 0.995 when !student => IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents,
            < 0.995 => IdentityDocumentType.HongKongMacaoTaiwanResidencePermit,
            _ when !student => IdentityDocumentType.ForeignPermanentResidentIdCard,
            _ => IdentityDocumentType.ResidentIdentityCard,
        };
        var male = random.Chance(student ? 0.55 : 0.6);
        var birth = AgeProfile.BirthDateFor(student ? AgeProfile.NextStudent(random) : AgeProfile.NextWorker(random), asOf, random);
        return type switch
        {
            IdentityDocumentType.ResidentIdentityCard => Resident(random, male, birth),
            IdentityDocumentType.HongKongMacaoTaiwanResidencePermit => PermitHolder(random, male, birth),
            IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents => TravelPermitHolder(random, male, birth),
            _ => Foreigner(random, male, birth),
        };
    }

    private GeneratedPerson Resident(Random random, bool male, DateOnly birth)
    {
        var local = random.Chance(0.36);
        var birthplace = Birthplaces.Next(random, local);
        var name = Birthplaces.IsXinjiang(birthplace) && random.Chance(0.8)
            ? ChineseNames.Uyghur(random, male)
            : ChineseNames.Han(random, male, birth.Year, Birthplaces.IsGuangdong(birthplace));
        var number = _numbers.ResidentCard(random, birthplace, birth, male);
        return new GeneratedPerson(name, male, birth, IdentityDocumentType.ResidentIdentityCard, number, PhoneNumbers.Mobile(random),
            local ? TalentOrigin.Local : TalentOrigin.OutsideCity, false);
    }

    private GeneratedPerson PermitHolder(Random random, bool male, DateOnly birth)
    {
        var (prefix, phone) = random.NextDouble() switch
        {
            < 0.35 => ("810000", random.Chance(0.5) ? PhoneNumbers.HongKong(random) : PhoneNumbers.Mobile(random)),
            < 0.90 => ("820000", random.Chance(0.6) ? PhoneNumbers.Macao(random) : PhoneNumbers.Mobile(random)),
            _ => ("830000", PhoneNumbers.Mobile(random)),
        };
        var number = _numbers.ResidencePermit(random, prefix, birth, male);
        return new GeneratedPerson(ChineseNames.Traditional(random, male), male, birth, IdentityDocumentType.HongKongMacaoTaiwanResidencePermit,
            number, phone, TalentOrigin.OutsideCity, prefix != "830000");
    }

    private GeneratedPerson TravelPermitHolder(Random random, bool male, DateOnly birth)
    {
        // Zhuhai borders Macao: more Macao residents than Hong Kong ones.
        var hongKong = random.Chance(0.4);
        var phone = random.Chance(0.7) ? (hongKong ? PhoneNumbers.HongKong(random) : PhoneNumbers.Macao(random)) : PhoneNumbers.Mobile(random);
        return new GeneratedPerson(ChineseNames.Traditional(random, male), male, birth, IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents,
            _numbers.TravelPermit(random, hongKong), phone, TalentOrigin.OutsideCity, true);
    }

    private GeneratedPerson Foreigner(Random random, bool male, DateOnly birth)
    {
        var country = ForeignNames.NextCountry(random);
        var number = random.Chance(0.7)
            ? _numbers.ForeignCard2023(random, country, birth, male)
            : _numbers.ForeignCard2017(random, country, birth);
        return new GeneratedPerson(ForeignNames.Name(random, country, male), male, birth, IdentityDocumentType.ForeignPermanentResidentIdCard,
            number, PhoneNumbers.Mobile(random), TalentOrigin.OutsideCity, false);
    }
}
