using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

/// <summary>An offline or blended class has a venue; an online class, taught on 技行珠海, has none.</summary>
public sealed class VenueMustSuitDeliveryModeRule(DeliveryMode mode, string? venue) : IBusinessRule
{
    public string Code => "training.venue_mismatch";

    public string Message => mode == DeliveryMode.Online
        ? "线上培训班通过技行珠海授课，不填写培训场地。"
        : "线下或线上线下结合的培训班须填写培训场地。";

    public bool IsBroken() => mode == DeliveryMode.Online ? !string.IsNullOrEmpty(venue) : string.IsNullOrWhiteSpace(venue);
}
