package org.accords.seed;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.accords.agreement.Agreement;
import org.accords.area.AreaCategory;
import org.accords.article.Article;
import org.accords.agreement.AgreementKind;
import org.accords.agreement.LifecycleEvent;
import org.accords.agreement.LifecycleStage;
import org.accords.agreement.Participant;
import org.accords.agreement.ParticipantRole;
import org.accords.commitment.Commitment;
import org.accords.commitment.CommitmentStatus;
import org.accords.evidence.Claim;
import org.accords.evidence.DatePrecision;
import org.accords.paging.NodeId;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated corpus holds every fact of what agreements are made of, and the validator
 * accepts it: a load test at scale exercises the same filters and aggregates as the
 * curated data.
 */
@Execution(ExecutionMode.CONCURRENT)
class SyntheticCorpusFactsTests {

	@TempDir
	static Path folder;

	static SeedDataset dataset;

	@BeforeAll
	static void generateAndValidate() {
		// 30 agreements: more than one round of the 24 countries
		SyntheticCorpus.write(folder, 6000, 42);
		dataset = SeedValidator
			.validate(SeedFiles.read(new PathMatchingResourcePatternResolver(), folder.toUri().toString()));
	}

	@Test
	void noPostsDerivedEndFallsBeforeItsStartOrElseItsFirstReport() {
		assertThat(dataset.posts()).isNotEmpty();
		assertThat(dataset.posts()).allSatisfy((post) -> {
			if (post.heldUntil() != null && post.to() == null) {
				if (post.heldFrom() != null) {
					assertThat(post.heldUntil()).as(post.toString()).isGreaterThanOrEqualTo(post.heldFrom());
				}
				else if (post.firstReported() != null) {
					assertThat(post.heldUntil()).as(post.toString()).isGreaterThanOrEqualTo(post.firstReported());
				}
			}
		});
	}

	@Test
	void everyAgreementKindOccurs() {
		assertThat(dataset.agreements().stream().map(Agreement::kind).collect(Collectors.toSet())).contains(
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementKind.LETTER_OF_INTENT, AgreementKind.PROTOCOL,
				AgreementKind.IMPLEMENTING_AGREEMENT, AgreementKind.FRAMEWORK, AgreementKind.COALITION);
	}

	@Test
	void lifecycleEventsHaveDatesAtDayMonthAndYearPrecisionAndLaterEventsSetTheStatus() {
		List<LifecycleEvent> events = dataset.agreements().stream().flatMap((a) -> a.events().stream()).toList();
		assertThat(events.stream().map(LifecycleEvent::datePrecision).collect(Collectors.toSet()))
			.contains(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
		assertThat(events.stream().map(LifecycleEvent::stage).collect(Collectors.toSet())).contains(
				LifecycleStage.ANNOUNCED, LifecycleStage.UNDER_NEGOTIATION, LifecycleStage.SIGNED,
				LifecycleStage.LAUNCHED, LifecycleStage.IN_FORCE, LifecycleStage.SUSPENDED);
		assertThat(dataset.agreements()).anyMatch((a) -> a.status() == LifecycleStage.IN_FORCE)
			.anyMatch((a) -> a.status() == LifecycleStage.SUSPENDED);
	}

	@Test
	void twoPublishersDateSomeSuspensionsAndTerminationsDifferently() {
		for (LifecycleStage stage : List.of(LifecycleStage.SUSPENDED, LifecycleStage.RESUMED,
				LifecycleStage.TERMINATED)) {
			List<Agreement> disputed = dataset.agreements()
				.stream()
				.filter((a) -> a.events().stream().anyMatch((e) -> e.stage() == stage && e.disputed()))
				.toList();
			assertThat(disputed).as(stage.name()).isNotEmpty().allSatisfy((a) -> {
				assertThat(a.provenance()).isNotNull();
				assertThat(a.provenance().disputed()).isTrue();
				assertThat(a.provenance().claims()).filteredOn((c) -> c.field().equals("events") && c.competing())
					.hasSize(2);
			});
			// a realistic share, not every agreement
			assertThat(disputed.size()).isLessThan(dataset.agreements().size() / 5);
		}
		assertThat(dataset.articles()).extracting(Article::publisher)
			.contains(SyntheticCorpus.PUBLISHER, SyntheticCorpus.SECOND_PUBLISHER);
	}

	@Test
	void twoPublishersDateACoalitionMembersRejoiningDifferently() {
		List<Agreement> disputed = dataset.agreements()
			.stream()
			.filter((a) -> a.participants()
				.stream()
				.anyMatch((p) -> p.periods().size() == 2 && p.periods().get(1).fromDisputed()))
			.toList();
		assertThat(disputed).isNotEmpty().allSatisfy((a) -> {
			assertThat(a.kind()).isEqualTo(AgreementKind.COALITION);
			assertThat(a.provenance()).isNotNull();
			assertThat(a.provenance().disputed()).isTrue();
		});
		assertThat(disputed.size()).isLessThan(dataset.agreements().size() / 5);
	}

	@Test
	void aPublisherCorrectsTheValueItGaveSomeAgreements() {
		List<Agreement> corrected = dataset.agreements()
			.stream()
			.filter((a) -> a.provenance() != null && a.provenance().claims() != null && a.provenance()
				.claims()
				.stream()
				.anyMatch((c) -> c.field().equals("value") && c.correctedBy() != null && !c.correctedBy().isEmpty()))
			.toList();
		assertThat(corrected).isNotEmpty().allSatisfy((a) -> {
			assertThat(a.value()).isNotNull();
			assertThat(a.value().text()).doesNotStartWith("about").endsWith(" million");
			// a correction is no dispute: neither value competes, the corrected one is
			// served
			assertThat(a.provenance().claims()).filteredOn((c) -> c.field().equals("value"))
				.hasSize(2)
				.noneMatch(Claim::competing)
				.filteredOn((c) -> Boolean.TRUE.equals(c.served()))
				.singleElement()
				.satisfies((c) -> assertThat(c.correctedBy()).isNull());
		});
		assertThat(corrected.size()).isLessThan(dataset.agreements().size() / 5);
		assertThat(dataset.articles()).anyMatch((a) -> !a.corrects().isEmpty());
	}

	@Test
	void airDefenceIsFiledAsTheDrafterFilesIt() {
		assertThat(dataset.cooperationAreas()).filteredOn((a) -> a.name().equals("Air defence missiles"))
			.isNotEmpty()
			.allSatisfy((a) -> assertThat(a.category()).isEqualTo(AreaCategory.AIR_AND_MISSILE_DEFENCE));
	}

	@Test
	void coalitionsHaveCoLeadersMembersAndACountryThatJoinsLater() {
		Agreement coalition = dataset.agreements()
			.stream()
			.filter((a) -> a.kind() == AgreementKind.COALITION && a.participants().size() > 5)
			.findFirst()
			.orElseThrow();
		assertThat(coalition.openToAccession()).isTrue();
		assertThat(coalition.participants()).filteredOn((p) -> p.role() == ParticipantRole.CO_LEADER).hasSize(2);
		assertThat(coalition.participants()).filteredOn((p) -> p.role() == ParticipantRole.MEMBER)
			.hasSize(4)
			.filteredOn((p) -> p.joinedOn() != null)
			.hasSize(1);
		assertThat(coalition.leaderIds()).hasSize(2);
		assertThat(coalition.countryIds()).hasSize(6);
	}

	@Test
	void anOrganizationPartyCountsForItsCountry() {
		Agreement funded = dataset.agreements()
			.stream()
			.filter((a) -> a.participants().stream().anyMatch((p) -> p.role() == ParticipantRole.FUNDER))
			.findFirst()
			.orElseThrow();
		Participant funder = funded.participants().get(0);
		assertThat(NodeId.parse(funder.partyId()).type()).isEqualTo("Organization");
		assertThat(funded.countryIds()).contains(funder.countryId()).hasSize(3);
	}

	@Test
	void commitmentsCarryMoneyInSeveralCurrenciesQuantitiesAndWhatBecameOfThem() {
		List<Commitment> commitments = dataset.commitments();
		assertThat(commitments.stream()
			.map(Commitment::amount)
			.filter(Objects::nonNull)
			.map((m) -> m.currency())
			.collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
		assertThat(commitments).anyMatch((c) -> c.amount() != null && c.amount().approximate())
			.anyMatch((c) -> c.amount() != null && c.amount().text().matches(".*\\d\\.\\d.*"))
			.anyMatch((c) -> c.quantity() != null && c.dueByPrecision() == DatePrecision.MONTH)
			.anyMatch((c) -> c.obligorIds().size() == 2)
			.anyMatch((c) -> c.obligorIds().isEmpty() && c.fundingSource() != null)
			.anyMatch((c) -> c.status() == CommitmentStatus.FULFILLED && c.fulfilledOnPrecision() == DatePrecision.DAY)
			.anyMatch(
					(c) -> c.status() == CommitmentStatus.FULFILLED && c.fulfilledOnPrecision() == DatePrecision.MONTH)
			.anyMatch((c) -> c.status() == CommitmentStatus.WITHDRAWN)
			.anyMatch((c) -> c.delivered() != null && c.quantity() != null
					&& Double.parseDouble(c.delivered().value()) < Double.parseDouble(c.quantity().value()));
		assertThat(dataset.agreements()).anyMatch((a) -> a.value() != null);
	}

	@Test
	void someCountryPairsShareSeveralAgreementsForTheDyadicBenchmark() {
		long lithuaniaUkraine = dataset.agreements()
			.stream()
			.map(Agreement::countryIds)
			.filter((ids) -> ids.containsAll(List.of(NodeId.of("Country", "LT"), NodeId.of("Country", "UA"))))
			.count();
		assertThat(lithuaniaUkraine).isGreaterThan(1);
		assertThat(dataset.agreements().stream().map(Agreement::countryIds).mapToInt(Collection::size).max())
			.hasValue(6);
	}

	/**
	 * Every fact the loader writes of a type that serves {@code reportedOn} has it, the
	 * earliest publication date of its sources: every fact has a source (the article of
	 * the curated file that reports it) and every article a date, so a fact whose article
	 * gives no date for it (a statement without {@code saidOn}) and a fact merged from
	 * several reports have one too. Only a fact stored without its provenance (by a
	 * release before sources were recorded) answers null, as the schema says.
	 */
	@Test
	void everyFactLoadedIsReportedOnItsEarliestSourcesDate() {
		java.util.Map<String, String> publishedOn = dataset.articles()
			.stream()
			.collect(Collectors.toMap(org.accords.article.Article::id, org.accords.article.Article::publishedOn));
		List<org.accords.evidence.Reported> facts = dataset.collections()
			.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals(org.accords.article.Article.TYPE)
					&& !e.getKey().equals(org.accords.actor.Post.TYPE))
			.flatMap((e) -> e.getValue().stream())
			.map(org.accords.evidence.Reported.class::cast)
			.toList();
		assertThat(facts).hasSizeGreaterThan(dataset.statements().size());
		assertThat(facts).allSatisfy((fact) -> {
			String earliest = fact.getSources()
				.stream()
				.map((source) -> publishedOn.get(source.articleId()))
				.min(String::compareTo)
				.orElse(null);
			assertThat(earliest).as(fact.id()).isNotNull();
			assertThat(fact.getReportedOn()).as(fact.id()).isEqualTo(earliest);
		});
		assertThat(dataset.statements()).anyMatch((s) -> s.saidOn() == null);
		assertThat(facts).anyMatch((fact) -> fact.getSourceCount() > 1);
	}

}
