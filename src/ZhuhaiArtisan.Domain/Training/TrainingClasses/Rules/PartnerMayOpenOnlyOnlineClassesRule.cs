using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

/// <summary>技行珠海 opens classes on an institution's behalf only for items taught online or blended.</summary>
public sealed class PartnerMayOpenOnlyOnlineClassesRule(bool byPartner, DeliveryMode mode) : IBusinessRule
{
    public string Code => "training.item_not_online";

    public string Message => "技行珠海只能为线上或线上线下结合的目录项目开班。";

    public bool IsBroken() => byPartner && mode == DeliveryMode.Offline;
}
