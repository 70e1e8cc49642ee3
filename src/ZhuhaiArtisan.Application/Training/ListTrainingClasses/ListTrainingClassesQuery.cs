using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.ListTrainingClasses;

/// <summary>The classes the caller may see, oldest first, optionally of one catalogue item or institution.</summary>
public sealed record ListTrainingClassesQuery(Guid? CatalogueItem, Guid? Institution, int? Limit, string? Cursor) : IQuery<Page<TrainingClassDto>>;
