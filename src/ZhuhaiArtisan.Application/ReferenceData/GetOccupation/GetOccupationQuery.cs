using Mediator;
using ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

namespace ZhuhaiArtisan.Application.ReferenceData.GetOccupation;

public sealed record GetOccupationQuery(string Code) : IQuery<OccupationDto>;
