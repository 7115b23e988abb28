package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The person and organization rules on the examples of the annotation guidelines, through the real pipeline. */
class NameRecognizerTest {

    private static AnalysisEngine engine;
    private static JCas jcas;

    @BeforeAll
    static void createPipeline() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = false;
        engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        jcas = JCasFactory.createJCas();
    }

    @AfterAll
    static void destroy() {
        engine.destroy();
    }

    private static JCas annotate(String text) throws Exception {
        jcas.reset();
        DocumentLoader.loadText(jcas, "test", "test", InputFormat.TEXT, text, "UTF-8");
        engine.process(jcas);
        return jcas;
    }

    private static List<String> persons(String text) throws Exception {
        return JCasUtil.select(annotate(text), Person.class).stream().map(Person::getCoveredText).toList();
    }

    private static List<String> organizations(String text) throws Exception {
        return JCasUtil.select(annotate(text), Organization.class).stream().map(Organization::getCoveredText)
            .toList();
    }

    @Test
    void nameOrganizationAndTitleGiveTwoMentionsWithoutTheTitle() throws Exception {
        annotate("김민준 한빛전자 사장은 이날 기자간담회에서 말했다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText, Person::getCanonical)
            .containsExactly(tuple("김민준", "김민준"));
        assertThat(JCasUtil.select(jcas, Organization.class)).extracting(Organization::getCoveredText)
            .containsExactly("한빛전자");
    }

    @Test
    void everyMentionNamesTheRuleFileAndLineThatFoundIt() throws Exception {
        annotate("김민준 한빛전자 사장은 삼성전자 이재용 회장을 만났다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getRule)
            .allSatisfy(rule -> assertThat(rule).matches("ner/[a-z-]+\\.(gaz|patterns)\\.tsv:\\d+"));
        assertThat(JCasUtil.select(jcas, Organization.class)).extracting(Organization::getRule)
            .allSatisfy(rule -> assertThat(rule).matches("ner/[a-z-]+\\.(gaz|patterns)\\.tsv:\\d+"));
    }

    @Test
    void organizationTitleNameOrder() throws Exception {
        assertThat(persons("한빛전자 사장 김민준은 투자 계획을 밝혔다.")).containsExactly("김민준");
    }

    @Test
    void particlesAndFollowingGenericNounsAreNotPartOfTheOrganization() throws Exception {
        assertThat(organizations("한빛전자 본사를 찾았다.")).containsExactly("한빛전자");
        assertThat(organizations("한빛그룹 관계자는 말했다.")).containsExactly("한빛그룹");
        assertThat(organizations("삼성전자는 실적을 발표했다.")).containsExactly("삼성전자");
    }

    @Test
    void legalFormsBelongToTheName() throws Exception {
        assertThat(organizations("(주)한빛은 한빛(주)와 한빛 주식회사를 합병했다."))
            .containsExactly("(주)한빛", "한빛(주)", "한빛 주식회사");
    }

    @Test
    void nameAndAbbreviationInParenthesesAreTwoMentionsOfOneOrganization() throws Exception {
        annotate("국제통화기금(IMF)은 전망을 낮췄다. 한국무역협회(KITA)도 마찬가지다.");
        assertThat(JCasUtil.select(jcas, Organization.class))
            .extracting(Organization::getCoveredText, Organization::getCanonical)
            .containsExactly(tuple("국제통화기금", "국제통화기금"), tuple("IMF", "국제통화기금"),
                tuple("한국무역협회", "한국무역협회"), tuple("KITA", "한국무역협회"));
    }

    @Test
    void hangulAndLatinSpellingsShareTheCanonicalName() throws Exception {
        annotate("마이크로소프트와 MS, 그리고 오픈AI와 OpenAI가 협력한다.");
        assertThat(JCasUtil.select(jcas, Organization.class)).extracting(Organization::getCanonical)
            .containsExactly("마이크로소프트", "마이크로소프트", "오픈AI", "오픈AI");
    }

    @Test
    void surnameWithTitleRefersBackToTheFullName() throws Exception {
        annotate("박서연 한빛그룹 회장은 10일 투자 계획을 밝혔다. 박 회장은 이어 미국으로 출국했다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText, Person::getCanonical)
            .containsExactly(tuple("박서연", "박서연"), tuple("박", "박서연"));
    }

    @Test
    void theTitleDecidesBetweenPeopleWhoShareASurname() throws Exception {
        annotate("박서연 한빛그룹 회장과 박지훈 한빛포럼 의장이 만났다. 박 의장은 협력을 제안했고 박 회장은 받아들였다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText, Person::getCanonical)
            .containsExactly(tuple("박서연", "박서연"), tuple("박지훈", "박지훈"), tuple("박", "박지훈"),
                tuple("박", "박서연"));
    }

    @Test
    void hanjaSurnameInAHeadlineStandsForThePerson() throws Exception {
        annotate("朴, 美 방문\n박서연 대통령은 오늘 미국을 방문한다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText, Person::getCanonical)
            .containsExactly(tuple("朴", "박서연"), tuple("박서연", "박서연"));
    }

    @Test
    void aNameSeenOnceIsRecognisedAgainAlone() throws Exception {
        annotate("존 스미스 한빛전자 최고경영자가 방한했다. 업계는 스미스의 발언에 주목했다. 한빛상사 관계자도 왔다."
            + " 한빛상사는 답하지 않았다.");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText, Person::getCanonical)
            .containsExactly(tuple("존 스미스", "존 스미스"), tuple("스미스", "존 스미스"));
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getRule)
            .satisfiesExactly(rule -> assertThat(rule).startsWith("ner/names.patterns.tsv:"),
                rule -> assertThat(rule).isEqualTo(NameAliasResolver.REPEATED_NAME_RULE));
    }

    @Test
    void foreignNamesWithSpacesAreOneSpan() throws Exception {
        assertThat(persons("존 스미스 한빛전자 최고경영자(CEO)가 방한했다.")).containsExactly("존 스미스");
    }

    @Test
    void honorificsAndInitials() throws Exception {
        assertThat(persons("홍길동씨와 A씨는 김 씨를 만났다.")).containsExactly("홍길동", "A", "김");
    }

    @Test
    void placesBuildingsAndEventsAreNoOrganizations() throws Exception {
        assertThat(organizations("한빛그룹은 평택 공장과 한빛타워에서 CES 행사를 열었다.")).containsExactly("한빛그룹");
        assertThat(persons("미국 대통령은 서울 시장과 만났다.")).isEmpty();
    }

    @Test
    void aNameInsideALongerNameIsNoSeparateMention() throws Exception {
        assertThat(organizations("삼성전자서비스는 수리 센터를 늘렸다.")).isEmpty();
        assertThat(organizations("LG에너지솔루션이 공장을 짓는다.")).containsExactly("LG에너지솔루션");
    }

    @Test
    void aNameAfterTheKindOfOrganizationIsAnOrganization() throws Exception {
        annotate("가람에너지가 독일 자동차 부품 기업 슈타인만과 공급 계약을 맺었다.");
        assertThat(JCasUtil.select(jcas, Organization.class)).extracting(Organization::getCoveredText,
            Organization::getRule).contains(tuple("슈타인만", "ner/names.patterns.tsv:28"));
    }

    @Test
    void anUnknownOrganizationBetweenANameAndATitle() throws Exception {
        annotate("오하늘 가람에너지 대표가 이날 말했다.");
        assertThat(JCasUtil.select(jcas, Organization.class)).extracting(Organization::getCoveredText)
            .containsExactly("가람에너지");
        assertThat(JCasUtil.select(jcas, Person.class)).extracting(Person::getCoveredText)
            .containsExactly("오하늘");
    }

    @Test
    void aNameAfterTheRoleItIsIntroducedWith() throws Exception {
        assertThat(persons("배우 김민준은 이날 시상식에 참석했다.")).containsExactly("김민준");
    }

    @Test
    void amountsAndKindsOfBusinessAreNoSuffixedOrganizations() throws Exception {
        assertThat(organizations("북미 지역에 총 165억달러(약 24조원)를 투자한다.")).isEmpty();
        assertThat(organizations("목표주가를 8만4천원으로 올렸다.")).isEmpty();
        assertThat(organizations("전력반도체와 석유화학 사업 현황을 소개했다.")).isEmpty();
    }

    @Test
    void aNameWhoseFirstSyllablesReadAsAVerbIsWhole() throws Exception {
        assertThat(organizations("가온모빌리티가 완성차 업체 대한모터스와 계약했다.")).contains("대한모터스");
    }

    @Test
    void foreignNameSyllablesMakeNoKoreanName() throws Exception {
        assertThat(persons("IMF의 마거릿 오웬스 수석부총재와 면담했다.")).containsExactly("마거릿 오웬스");
    }

    @Test
    void newsWordsThatLookLikeNamesAreNone() throws Exception {
        assertThat(persons("반환 의무가 없는 선급금 1천억원을 받았다.")).isEmpty();
        assertThat(persons("애틀랜타 공장을 둘러본 뒤 현지 주지사와 면담할 계획이다.")).isEmpty();
    }
    @Test
    void aNameCutIntoCommonNounsEndingInANamingSuffixIsAnOrganization() throws Exception {
        assertThat(organizations("부상자는 누리대학교병원으로 옮겨졌고 화물연대노조는 성명을 냈다."))
            .containsExactly("누리대학교병원", "화물연대노조");
        assertThat(organizations("관할경찰서와 공립고등학교에 공문을 보냈다.")).isEmpty();
    }

    @Test
    void initialsWithGunOrYangAreTheInitialOnly() throws Exception {
        assertThat(persons("고교생 C군과 여중생 D양이 크게 다쳤다.")).containsExactly("C", "D");
        assertThat(persons("공군과 해군은 태평양에서 훈련했다.")).isEmpty();
    }

    @Test
    void aWithheldNameIsAPersonEvenWhenItIsAlsoACommonNoun() throws Exception {
        assertThat(persons("경찰은 정모(41)씨를 불구속 입건했다.")).containsExactly("정모");
    }

    @Test
    void aLastSyllableReadAsAVocativeStaysInTheName() throws Exception {
        assertThat(persons("조은비·한지아 의원이 법안을 냈다.")).contains("한지아");
    }

    @Test
    void aPartlyProperNameAfterTheKindOfOrganization() throws Exception {
        assertThat(organizations("장비업체 세원이엔지는 공급 계약을 맺었다.")).containsExactly("세원이엔지");
    }
}
