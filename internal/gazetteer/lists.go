package gazetteer

// handLists are written for this project: short names that news uses for
// countries, nationalities, titles and ranks, organisation head words, and
// common given names.
var handLists = map[List]string{
	Country: "Russia, North Korea, South Korea, Korea, United States, US, U.S., USA, America, Britain, Great Britain, UK, U.K., " +
		"Iran, Syria, Vietnam, Laos, Bolivia, Venezuela, Tanzania, Moldova, Congo, Czech Republic, Czechia, Taiwan, " +
		"Palestine, Gaza, West Bank, Kosovo, Ivory Coast, Burma, Myanmar, Holland, the Netherlands, England, Scotland, Wales, " +
		"Northern Ireland, Soviet Union, USSR, European Union, EU",
	City: "New York, Los Angeles, Chicago, Washington, London, Paris, Berlin, Moscow, Beijing, Tokyo, Seoul, Pyongyang, Kyiv, Kiev, " +
		"Vladivostok, St Petersburg, Saint Petersburg, Hong Kong, Jerusalem, Tel Aviv, Gaza City, Brussels, Geneva, Frankfurt, " +
		"Shanghai, Mumbai, Delhi, New Delhi, Istanbul, Sydney, Toronto, Rome, Madrid, Vienna, Warsaw, Prague, Budapest, Athens, " +
		"Cairo, Baghdad, Tehran, Damascus, Kabul, Islamabad, Karachi, Lagos, Nairobi, Johannesburg, Rio de Janeiro, Sao Paulo, " +
		"Mexico City, Buenos Aires, Boston, San Francisco, Miami, Houston, Dallas, Atlanta, Seattle, Detroit, Philadelphia",
	Demonym: "American, Americans, British, Briton, Britons, English, French, German, Germans, Russian, Russians, Korean, Koreans, " +
		"North Korean, North Koreans, South Korean, South Koreans, Chinese, Japanese, Ukrainian, Ukrainians, Soviet, Israeli, " +
		"Israelis, Palestinian, Palestinians, Iranian, Iranians, Iraqi, Iraqis, Syrian, Syrians, Afghan, Afghans, Pakistani, " +
		"Indian, Indians, Turkish, Turk, Turks, Greek, Italian, Italians, Spanish, Spaniard, Portuguese, Dutch, Belgian, Swiss, " +
		"Austrian, Polish, Pole, Poles, Czech, Hungarian, Romanian, Bulgarian, Serbian, Serb, Serbs, Croatian, Croat, Bosnian, " +
		"Swedish, Swede, Norwegian, Danish, Finnish, Irish, Scottish, Welsh, European, Europeans, Asian, African, Arab, Arabs, " +
		"Egyptian, Saudi, Saudis, Lebanese, Jordanian, Kurdish, Kurd, Kurds, Mexican, Mexicans, Canadian, Canadians, Brazilian, " +
		"Argentine, Chilean, Colombian, Cuban, Venezuelan, Australian, Australians, Nigerian, Kenyan, South African, Ethiopian, " +
		"Western, Eastern, Muslim, Muslims, Christian, Christians, Jewish, Jew, Jews, Catholic, Sunni, Shi'ite, Shiite, Communist, " +
		"Republican, Republicans, Democrat, Democrats, Democratic, Conservative, Labour, Socialist",
	Title: "President, Vice President, Prime Minister, Minister, Foreign Minister, Defence Minister, Defense Minister, Chancellor, " +
		"Premier, King, Queen, Prince, Princess, Emperor, Pope, Cardinal, Archbishop, Bishop, Rev, Reverend, Sheikh, Ayatollah, " +
		"General, Gen, Gen., Marshal, Admiral, Adm., Colonel, Col., Lieutenant, Lt., Major, Maj., Captain, Capt., Sergeant, Sgt., " +
		"Commander, Director, Chairman, Chairwoman, Chair, Secretary, Secretary of State, Senator, Sen., Sen, Representative, " +
		"Rep., Congressman, Congresswoman, Councillor, Councilor, Councilman, Councilwoman, Alderman, Alderwoman, Governor, Gov., Mayor, Ambassador, Envoy, Spokesman, Spokeswoman, Spokesperson, " +
		"Judge, Justice, Attorney General, Prosecutor, Dr, Dr., Mr, Mr., Mrs, Mrs., Ms, Ms., Miss, Sir, Dame, Lord, Lady, " +
		"Professor, Prof., Chief, CEO, Leader, Speaker, Deputy, Commissioner, Inspector, Detective, Officer, Coach, Manager, " +
		"Chief Executive, Executive, Founder, Director General, Secretary-General, Secretary General, MP, MEP, MSP, " +
		"Assemblyman, Assemblywoman",
	OrgWord: "Inc, Inc., Corp, Corp., Corporation, Co, Co., Ltd, Ltd., LLC, plc, PLC, Group, Holdings, Bank, Party, Ministry, " +
		"Department, Agency, Council, Committee, Commission, Association, Union, Federation, Institute, University, College, " +
		"School, Army, Navy, Air Force, Police, Court, Parliament, Congress, Senate, Assembly, Organisation, Organization, " +
		"Foundation, Fund, Authority, Board, Bureau, Office, Service, Company, Airlines, Airways, Motors, Industries, " +
		"International, Club, Team, Network, News, Times, Post, Journal, Press, Agency",
	LocWord: "Cosmodrome, Spaceport, Airport, Airfield, Port, Harbour, Harbor, Bay, River, Mountain, Mountains, Mount, Mt, " +
		"Island, Islands, Lake, Sea, Ocean, Valley, Square, Street, Avenue, Road, Bridge, Province, District, County, Region, " +
		"Peninsula, Strait, Straits, Gulf, Desert, Base, Canal, Coast, Plateau, Highlands, Falls, Park, Stadium, Station, Border",
	PersonName: "John, James, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Mary, Patricia, Jennifer, Linda, " +
		"Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Peter, Paul, Mark, George, Donald, Steven, Andrew, Kenneth, Joshua, " +
		"Kevin, Brian, Edward, Ronald, Anthony, Daniel, Matthew, Christopher, Nancy, Lisa, Betty, Margaret, Sandra, Ashley, " +
		"Emily, Anna, Maria, Helen, Laura, Hillary, Bill, Barack, Joe, Kamala, Vladimir, Sergei, Sergey, Dmitry, Alexei, " +
		"Boris, Ivan, Igor, Mikhail, Nikolai, Olga, Natalia, Tatiana, Angela, Emmanuel, Francois, Jean, Pierre, Marie, Hans, " +
		"Klaus, Wolfgang, Jürgen, Helmut, Giuseppe, Marco, Luca, Carlos, Jose, Juan, Luis, Miguel, Pedro, Ahmed, Mohammed, " +
		"Muhammad, Ali, Hassan, Hussein, Omar, Abdullah, Xi, Li, Wang, Zhang, Kim, Park, Lee, Moon, Shinzo, Narendra, Recep, " +
		"Benjamin, Yair, Volodymyr, Ali, Jacinda, Justin, Theresa, Tony, Gordon, David, Nicola, Boris, Keir, Rishi, Liz",
}
